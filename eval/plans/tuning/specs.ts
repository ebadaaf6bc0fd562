/**
 * The tuning directories as one line per service: the truth (town, needs, mode, free, limits)
 * from which build.ts writes both the published directory (with its publisher's quirks) and
 * the labels. Written by the issue-15 engineer; invented organisations in real places.
 */
export type Mode = 'in_person' | 'phone' | 'online' | 'home_visit';
export type Broken = 'zero' | 'swapped' | 'missing' | 'string' | 'sign';
export interface Spec {
  name: string;
  town: string;
  needs: string[];
  mode: Mode | Mode[];
  fee: string;
  free: boolean;
  desc: string;
  /** Cornwall only: the publisher's own taxonomy terms. */
  terms?: string[];
  inactive?: boolean;
  minAge?: number;
  maxAge?: number;
  area?: string;
  broken?: Broken;
  day?: string;
}
const s = (name: string, town: string, needs: string[], mode: Spec['mode'], fee: string, desc: string, more: Partial<Spec> = {}): Spec => ({
  name,
  town,
  needs,
  mode,
  fee,
  free: /^(free|no charge)/i.test(fee),
  desc,
  ...more,
});

// Cornwall: ORUK v3 with a local "Cornwall Connect" vocabulary nobody else uses.
export const CORNWALL: Spec[] = [
  s(
    'Truro Money Advice Drop-in',
    'Truro',
    ['money'],
    'in_person',
    'Free',
    'Walk in with your letters and bills. An adviser helps with debts, council tax arrears and benefit checks.',
    { terms: ['Money Matters'], day: 'TU' },
  ),
  s(
    'Truro Housing Options Surgery',
    'Truro',
    ['housing'],
    'in_person',
    'Free',
    'Advice if you are worried about losing your home, want to join the housing register or need somewhere cheaper to live.',
    { terms: ['Home and Housing'], day: 'WE' },
  ),
  s(
    'Truro Cathedral Bereavement Café',
    'Truro',
    ['bereavement', 'loneliness'],
    'in_person',
    'Free',
    'A gentle monthly café for anyone who has lost someone close. Tea, cake and people who understand.',
    { terms: ['Grief and Loss'], day: 'TH' },
  ),
  s('Truro Walking Netball', 'Truro', ['activity'], 'in_person', '£3 per session', 'Netball at walking pace for all ages and abilities.', {
    terms: ['Keeping Active'],
    day: 'MO',
  }),
  s(
    "Truro Carers' Coffee Club",
    'Truro',
    ['caring', 'loneliness'],
    'in_person',
    'Free',
    'Meet other people who look after a family member. Bring the person you care for if you like.',
    { terms: ['Looking After Someone'], day: 'FR' },
  ),
  s(
    "Kenwyn Men's Shed",
    'Truro',
    ['loneliness', 'mental_wellbeing', 'activity'],
    'in_person',
    '£2 per session',
    'Woodwork, repairs and a brew with other men. New members welcome.',
    { terms: ['Getting Out and About'], day: 'WE' },
  ),
  s(
    'Truro Mindful Art',
    'Truro',
    ['mental_wellbeing'],
    'in_person',
    '£5 per class',
    'Relaxed painting and drawing sessions to lift your mood. Materials included.',
    { terms: ['Feeling Good'], day: 'TU' },
  ),
  s('Falmouth Community Larder', 'Falmouth', ['money'], 'in_person', '£3.50 per visit', 'Members choose ten items of food for a small weekly contribution.', {
    terms: ['Money Matters'],
    day: 'TH',
  }),
  s(
    'Falmouth Debt Advice Clinic',
    'Falmouth',
    ['money'],
    'in_person',
    'Free',
    'Appointments with a debt adviser to deal with arrears, bailiffs and creditors.',
    { terms: ['Money Matters'], day: 'MO' },
  ),
  s(
    'Falmouth Sea Swimming Group',
    'Falmouth',
    ['activity', 'loneliness'],
    'in_person',
    'Free',
    'Friendly year-round sea dips at Gyllyngvase beach. Swimmers of every ability.',
    { terms: ['Keeping Active', 'Getting Out and About'], day: 'SA' },
  ),
  s('Falmouth Grief Walk', 'Falmouth', ['bereavement', 'activity'], 'in_person', 'Free', 'Walk and talk for bereaved people along the coast path.', {
    terms: ['Grief and Loss'],
    inactive: true,
    day: 'SU',
  }),
  s('Penzance Advice Hub', 'Penzance', ['money', 'housing'], 'in_person', 'Free', 'Help with benefits, debts, rent arrears and housing problems.', {
    terms: ['Money Matters', 'Home and Housing'],
    day: 'TU',
  }),
  s(
    'Penzance Bereavement Support Group',
    'Penzance',
    ['bereavement'],
    'in_person',
    'Free',
    'A fortnightly group for adults after the death of someone close.',
    { terms: ['Grief and Loss'], day: 'WE' },
  ),
  s('Penzance Lunch Club (60+)', 'Penzance', ['loneliness'], 'in_person', '£4 per lunch', 'A hot two-course lunch and company for people aged 60 and over.', {
    terms: ['Getting Out and About'],
    minAge: 60,
    day: 'TH',
  }),
  s(
    'Penzance Youth Housing Project (16-24)',
    'Penzance',
    ['housing'],
    'in_person',
    'Free',
    'Support for young people aged 16 to 24 who are homeless or at risk: finding a flat, tenancy skills, bidding for council homes.',
    { terms: ['Home and Housing'], minAge: 16, maxAge: 24, day: 'MO' },
  ),
  s(
    'Penzance Volunteer Centre',
    'Penzance',
    ['work_volunteering'],
    'in_person',
    'Free',
    'Find a volunteering role or get help with a CV and job applications.',
    { terms: ['Learning and Volunteering'], day: 'WE' },
  ),
  s(
    'St Ives Community Choir',
    'St Ives',
    ['loneliness', 'mental_wellbeing'],
    'in_person',
    'Free',
    'No auditions, no reading music. Just come and sing with friendly people.',
    { terms: ['Feeling Good', 'Getting Out and About'], day: 'TU' },
  ),
  s('St Ives Walking for Health', 'St Ives', ['activity', 'physical_health'], 'in_person', 'Free', 'Short led walks around the town, ending with a cuppa.', {
    terms: ['Keeping Active'],
    day: 'FR',
  }),
  s('Camborne Jobs and Skills Club', 'Camborne', ['work_volunteering'], 'in_person', 'Free', 'Job searching, CVs, interview practice and computer help.', {
    terms: ['Learning and Volunteering'],
    day: 'TH',
  }),
  s('Redruth Food Bank', 'Redruth', ['money'], 'in_person', 'Free', 'Emergency food parcels with a voucher from an agency. Advice on money also available.', {
    terms: ['Money Matters'],
    day: 'FR',
  }),
  s(
    'Redruth Diabetes Support Group',
    'Redruth',
    ['physical_health'],
    'in_person',
    'Free',
    'People living with diabetes share tips on food, medication and staying well.',
    { terms: ['Living with a Condition'], day: 'MO' },
  ),
  s("Camborne Carers' Support Group", 'Camborne', ['caring'], 'in_person', 'Free', 'Monthly group for unpaid carers with guest speakers.', {
    terms: ['Looking After Someone'],
    broken: 'zero',
    day: 'WE',
  }),
  s(
    'Newquay Surf Therapy',
    'Newquay',
    ['mental_wellbeing', 'activity'],
    'in_person',
    '£10 per session',
    'Six-week surfing course to improve mood and confidence.',
    { terms: ['Feeling Good', 'Keeping Active'], day: 'SA' },
  ),
  s('Newquay Friendship Café', 'Newquay', ['loneliness'], 'in_person', 'Free', 'Drop in for a chat and a hot drink. Nobody sits alone.', {
    terms: ['Getting Out and About'],
    day: 'TH',
  }),
  s(
    "Bodmin Men's Shed",
    'Bodmin',
    ['loneliness', 'activity', 'mental_wellbeing'],
    'in_person',
    'Free',
    'Make, mend and chat. A volunteer meets new members at the door.',
    { terms: ['Getting Out and About'], day: 'TU' },
  ),
  s('Bodmin Money and Benefits Advice', 'Bodmin', ['money'], 'in_person', 'Free', 'Benefit checks, form filling and help with debts.', {
    terms: ['Money Matters'],
    broken: 'swapped',
    day: 'WE',
  }),
  s(
    'St Austell Bereavement Café',
    'St Austell',
    ['bereavement', 'loneliness'],
    'in_person',
    'Free',
    'Somewhere to talk about the person you have lost, with others who have been there.',
    { terms: ['Grief and Loss'], day: 'FR' },
  ),
  s('St Austell Chair Yoga', 'St Austell', ['activity', 'physical_health'], 'in_person', '£4 per class', 'Gentle seated yoga for stiff joints and balance.', {
    terms: ['Keeping Active', 'Living with a Condition'],
    day: 'MO',
  }),
  s('St Austell Housing Advice', 'St Austell', ['housing'], 'in_person', 'Free', 'Advice on repairs, landlords, eviction and homelessness.', {
    terms: ['Home and Housing'],
    day: 'TH',
  }),
  s('Liskeard Walking Group', 'Liskeard', ['activity', 'loneliness'], 'in_person', 'Free', 'Weekly countryside walks for all abilities.', {
    terms: ['Keeping Active'],
    day: 'WE',
  }),
  s('Liskeard Lunch and Chat', 'Liskeard', ['loneliness'], 'in_person', '£3.50', 'Soup, sandwiches and good company.', {
    terms: ['Getting Out and About'],
    day: 'TU',
  }),
  s("Launceston Carers' Café", 'Launceston', ['caring', 'loneliness'], 'in_person', 'Free', 'A break and a chat for carers.', {
    terms: ['Looking After Someone'],
    broken: 'missing',
    day: 'TH',
  }),
  s(
    'Launceston Gardening Club',
    'Launceston',
    ['activity', 'mental_wellbeing'],
    'in_person',
    'Free',
    'Grow flowers and vegetables together in the community garden.',
    { terms: ['Keeping Active', 'Feeling Good'], day: 'MO' },
  ),
  s('Bude Bereavement Group', 'Bude', ['bereavement'], 'in_person', 'Free', 'Support after a death, meeting in the library.', {
    terms: ['Grief and Loss'],
    day: 'TU',
  }),
  s('Bude Sea Pool Swimmers', 'Bude', ['activity'], 'in_person', 'Free', 'Swim in the sea pool with others, all year round.', {
    terms: ['Keeping Active'],
    broken: 'string',
    day: 'SU',
  }),
  s('Helston Community Café', 'Helston', ['loneliness'], 'in_person', 'Free', 'A warm place to meet people and enjoy a cheap meal.', {
    terms: ['Getting Out and About'],
    day: 'WE',
  }),
  s('Helston Money Advice', 'Helston', ['money'], 'in_person', 'Free', 'Money and debt advice sessions.', {
    terms: ['Money Matters'],
    inactive: true,
    day: 'FR',
  }),
  s("Wadebridge Men's Shed", 'Wadebridge', ['loneliness', 'mental_wellbeing'], 'in_person', 'Free', 'A workshop and a welcome for men who want company.', {
    terms: ['Getting Out and About'],
    broken: 'sign',
    day: 'TH',
  }),
  s('Mousehole Village Coffee Morning', 'Mousehole', ['loneliness'], 'in_person', 'Free', 'Coffee and chat in the village hall.', {
    terms: ['Getting Out and About'],
    day: 'SA',
  }),
  s('Boscastle Friendship Group', 'Boscastle', ['loneliness'], 'in_person', 'Free', 'Monthly get-together with tea and a quiz.', {
    terms: ['Getting Out and About'],
    day: 'MO',
  }),
  s('Hayle Walking Football', 'Hayle', ['activity'], 'in_person', '£2', 'Football without the running, for over-50s.', {
    terms: ['Keeping Active'],
    minAge: 50,
    day: 'WE',
  }),
  s(
    'Cornwall Befriending Telephone Line',
    'Truro',
    ['loneliness'],
    'phone',
    'Free',
    'A volunteer phones you every week for a friendly chat. For anyone living in Cornwall.',
    { terms: ['Talking and Listening'], area: 'Cornwall' },
  ),
  s(
    'Kernow Carers Support Line',
    'Truro',
    ['caring', 'mental_wellbeing'],
    'phone',
    'Free',
    'Talk to someone who understands caring: emotional support, a carer’s assessment and breaks. For carers in Cornwall.',
    { terms: ['Looking After Someone', 'Talking and Listening'], area: 'Cornwall' },
  ),
  s('Cornwall Online Bereavement Circle', 'Truro', ['bereavement'], 'online', 'Free', 'Join others who have lost someone in a small video group, from home.', {
    terms: ['Grief and Loss'],
  }),
  s(
    'Cornwall Home Visiting Befrienders (65+)',
    'Truro',
    ['loneliness'],
    'home_visit',
    'Free',
    'A volunteer visits you at home every week for a cup of tea and a chat. For people aged 65 and over in Cornwall who find it hard to get out.',
    { terms: ['Talking and Listening'], area: 'Cornwall', minAge: 65 },
  ),
  s(
    'Cornwall Sitting Service for Carers',
    'Truro',
    ['caring'],
    'home_visit',
    '£12 per hour',
    'A trained sitter stays with the person you care for at home so you can have a break.',
    { terms: ['Looking After Someone'], area: 'Cornwall' },
  ),
  s('Cornwall Debt Line', 'Truro', ['money'], 'phone', 'Free', 'Free debt advice by telephone.', { terms: ['Money Matters'] }),
  s('Cornwall Housing Advice Line', 'Truro', ['housing'], 'phone', 'Free', 'Advice on housing problems and homelessness by telephone.', {
    terms: ['Home and Housing'],
    area: 'Cornwall',
  }),
  s(
    'Cornwall Sensory Home Support',
    'Truro',
    ['physical_health'],
    'home_visit',
    'Free',
    'Home visits for people with sight or hearing loss: hearing aid maintenance, equipment, advice.',
    { terms: ['Living with a Condition'], area: 'Cornwall' },
  ),
  s('Kernow Online Wellbeing Course', 'Truro', ['mental_wellbeing'], 'online', 'Free', 'Six weekly online sessions on managing low mood and worry.', {
    terms: ['Feeling Good'],
  }),
  s('Private Counselling Truro', 'Truro', ['mental_wellbeing'], ['in_person', 'online'], '£45 per session', 'Qualified counsellor, in person or by video.', {
    terms: ['Feeling Good'],
    day: 'TU',
  }),
  s('Devon Carers Line', 'Plymouth', ['caring'], 'phone', 'Free', 'Support for carers who live in Devon.', { terms: ['Looking After Someone'], area: 'Devon' }),
  s('Plymouth Bereavement Group', 'Plymouth', ['bereavement'], 'in_person', 'Free', 'Bereavement support group in Plymouth city centre.', {
    terms: ['Grief and Loss'],
    day: 'TH',
  }),
  s(
    'Penzance Text Friends',
    'Penzance',
    ['loneliness'],
    'phone',
    'Free',
    'A friendly chat by text message, for people who find phone calls hard, including deaf people.',
    { terms: ['Talking and Listening'], area: 'Cornwall' },
  ),
];

// North West: ORUK v2 fields, NO taxonomy at all — only names and descriptions.
export const NORTH_WEST: Spec[] = [
  s(
    'Manchester Central Debt Clinic',
    'Manchester',
    ['money'],
    'in_person',
    'Free',
    'Free appointments with a debt adviser. We deal with bailiffs, arrears and payment plans.',
    { day: 'TU' },
  ),
  s(
    'Moss Side Housing Drop-in',
    'Moss Side',
    ['housing'],
    'in_person',
    'Free',
    'Worried about rent arrears, eviction or repairs? Drop in and see a housing adviser.',
    { day: 'WE' },
  ),
  s(
    'Moss Side Community Kitchen',
    'Moss Side',
    ['loneliness', 'money'],
    'in_person',
    'Free',
    'A free hot meal every Thursday and a chance to meet neighbours.',
    { day: 'TH' },
  ),
  s('Levenshulme Bereavement Group', 'Levenshulme', ['bereavement'], 'in_person', 'Free', 'A small group for adults grieving the death of someone close.', {
    day: 'MO',
  }),
  s("Levenshulme Men's Shed", 'Levenshulme', ['loneliness', 'mental_wellbeing'], 'in_person', '£1 subs', 'Tools, projects and banter. Men of all ages.', {
    day: 'FR',
  }),
  s('Wythenshawe Walking Group', 'Wythenshawe', ['activity', 'loneliness'], 'in_person', 'Free', 'Easy walks in Wythenshawe Park with a chat afterwards.', {
    day: 'TU',
  }),
  s('Wythenshawe Carers Centre', 'Wythenshawe', ['caring'], 'in_person', 'Free', 'Information and support for unpaid carers, plus a monthly carers group.', {
    day: 'WE',
  }),
  s(
    'Manchester Youth Money Project (16-25)',
    'Manchester',
    ['money', 'housing'],
    'in_person',
    'Free',
    'Young people aged 16-25: help with benefits, debts, sanctions and finding somewhere to live.',
    { minAge: 16, maxAge: 25, day: 'TH' },
  ),
  s('Salford Food Share', 'Salford', ['money'], 'in_person', '£3.50 a week', 'Choose your own groceries for a small weekly membership.', { day: 'FR' }),
  s(
    'Salford Wellbeing Café',
    'Salford',
    ['mental_wellbeing', 'loneliness'],
    'in_person',
    'Free',
    'A relaxed café for anyone struggling with stress, anxiety or low mood.',
    { day: 'MO' },
  ),
  s('Salford Volunteer Centre', 'Salford', ['work_volunteering'], 'in_person', 'Free', 'Find a volunteering role that suits you.', { day: 'TU' }),
  s('Oldham Bereavement Drop-in', 'Oldham', ['bereavement'], 'in_person', 'Free', 'Talk to a trained bereavement volunteer, no appointment needed.', {
    day: 'WE',
  }),
  s(
    'Oldham Chair Exercise',
    'Oldham',
    ['activity', 'physical_health'],
    'in_person',
    '£2.50 per class',
    'Chair-based exercise for people with arthritis or poor balance.',
    { day: 'TH' },
  ),
  s('Rochdale Advice Centre', 'Rochdale', ['money', 'housing'], 'in_person', 'Free', 'Benefits, debt and housing advice under one roof.', { day: 'MO' }),
  s('Rochdale Lunch Club', 'Rochdale', ['loneliness'], 'in_person', '£4 per meal', 'Lunch and company for people aged 60 and over.', { minAge: 60, day: 'TH' }),
  s('Bolton Stroke Club', 'Bolton', ['physical_health', 'loneliness'], 'in_person', 'Free', 'For people recovering from a stroke and their families.', {
    day: 'TU',
  }),
  s('Bolton Community Garden', 'Bolton', ['activity', 'mental_wellbeing'], 'in_person', 'Free', 'Gardening in a peaceful green space, tools provided.', {
    broken: 'zero',
    day: 'WE',
  }),
  s('Wigan Work Club', 'Wigan', ['work_volunteering'], 'in_person', 'Free', 'Help with CVs, job searches and training.', { day: 'MO' }),
  s('Wigan Carers Café', 'Wigan', ['caring', 'loneliness'], 'in_person', 'Free', 'Carers meet for coffee and mutual support.', { day: 'FR' }),
  s('Stockport Grief Café', 'Stockport', ['bereavement', 'loneliness'], 'in_person', 'Free', 'A drop-in café where bereaved people can talk or just listen.', {
    day: 'TH',
  }),
  s('Stockport Gym Sessions', 'Stockport', ['activity'], 'in_person', '£6.50 per session', 'Gym sessions with an instructor.', { day: 'TU' }),
  s('Bury Friendship Group', 'Bury', ['loneliness'], 'in_person', 'Free', 'Weekly social group with games and trips.', { inactive: true, day: 'WE' }),
  s('Bury Money Advice', 'Bury', ['money'], 'in_person', 'Free', 'Money advice and benefit checks.', { day: 'TH' }),
  s('Preston Housing Advice', 'Preston', ['housing'], 'in_person', 'Free', 'Housing advice for tenants and people facing homelessness.', { day: 'MO' }),
  s('Preston Bereavement Support', 'Preston', ['bereavement'], 'in_person', 'Free', 'One-to-one and group support after a death.', { day: 'TU' }),
  s(
    'Preston Singing for the Brain',
    'Preston',
    ['mental_wellbeing', 'loneliness'],
    'in_person',
    'Free',
    'Singing sessions for people living with dementia and those who care for them.',
    { day: 'WE' },
  ),
  s(
    "Blackburn Women's Walking Group",
    'Blackburn',
    ['activity', 'loneliness'],
    'in_person',
    'Free',
    'Walks for women of all backgrounds. Urdu and Gujarati spoken.',
    { day: 'TH' },
  ),
  s('Blackburn Debt Advice', 'Blackburn', ['money'], 'in_person', 'Free', 'Debt and benefits advice; interpreters available.', { day: 'FR' }),
  s("Burnley Men's Shed", 'Burnley', ['loneliness', 'activity'], 'in_person', 'Free', 'Woodwork, repairs and a brew. Good for getting active again.', {
    day: 'MO',
  }),
  s('Burnley Food Bank', 'Burnley', ['money'], 'in_person', 'Free', 'Emergency food and help with bills and budgeting.', { day: 'TU' }),
  s(
    'Burnley Health Walks',
    'Burnley',
    ['activity', 'physical_health'],
    'in_person',
    'Free',
    'Led walks to help you get fitter and lose weight at your own pace.',
    { day: 'TH' },
  ),
  s('Lancaster Carers Group', 'Lancaster', ['caring'], 'in_person', 'Free', 'Monthly meeting for people caring for a relative.', { day: 'WE' }),
  s('Lancaster Allotment Project', 'Lancaster', ['activity', 'mental_wellbeing'], 'in_person', 'Free', 'Shared allotment, growing food and friendships.', {
    day: 'SA',
  }),
  s('Lancaster Volunteering Hub', 'Lancaster', ['work_volunteering'], 'in_person', 'Free', 'Volunteering opportunities across the district.', { day: 'TU' }),
  s('Clitheroe Bereavement Café', 'Clitheroe', ['bereavement', 'loneliness'], 'in_person', 'Free', 'Monthly café for bereaved people in the Ribble Valley.', {
    day: 'TH',
  }),
  s('Clitheroe Walking Group', 'Clitheroe', ['activity', 'loneliness'], 'in_person', 'Free', 'Gentle walks from the castle car park.', { day: 'MO' }),
  s('Chorley Community Café', 'Chorley', ['loneliness'], 'in_person', 'Free', 'Pay-as-you-feel café run by volunteers.', { day: 'WE', broken: 'missing' }),
  s('Ramsbottom Knit and Natter', 'Ramsbottom', ['loneliness', 'mental_wellbeing'], 'in_person', 'Free', 'Bring your knitting or learn. Tea provided.', {
    day: 'TU',
  }),
  s('Garstang Lunch Club', 'Garstang', ['loneliness'], 'in_person', '£5 per lunch', 'Lunch for older people; transport may be arranged.', {
    minAge: 65,
    day: 'TH',
  }),
  s('Slaidburn Village Hall Coffee Morning', 'Slaidburn', ['loneliness'], 'in_person', 'Free', 'Coffee morning in the village hall.', { day: 'SA' }),
  s(
    'Lancashire Telephone Befriending',
    'Preston',
    ['loneliness'],
    'phone',
    'Free',
    'We call you once a week for a friendly chat. For people living in Lancashire.',
    { area: 'Lancashire' },
  ),
  s(
    'Greater Manchester Carers Line',
    'Manchester',
    ['caring', 'mental_wellbeing'],
    'phone',
    'Free',
    'Telephone support for unpaid carers in Greater Manchester: someone to talk to, advice about breaks and carer’s assessments.',
    { area: 'Greater Manchester' },
  ),
  s('GM Online Wellbeing Group', 'Manchester', ['mental_wellbeing', 'loneliness'], 'online', 'Free', 'A weekly wellbeing group on Zoom. Join from home.', {}),
  s(
    'Lancashire Home Library Service',
    'Preston',
    ['loneliness'],
    'home_visit',
    'Free',
    'Volunteers bring library books to your home and stay for a chat, for people in Lancashire who cannot get out.',
    { area: 'Lancashire' },
  ),
  s(
    'Manchester Home from Hospital',
    'Manchester',
    ['physical_health', 'loneliness'],
    'home_visit',
    'Free',
    'Volunteers visit you at home after a hospital stay to help you settle back in. Manchester residents.',
    { area: 'Manchester' },
  ),
  s('North West Debt Helpline', 'Manchester', ['money'], 'phone', 'Free', 'Free debt advice over the phone.', {}),
  s(
    'Lancashire Carers Sitting Service',
    'Preston',
    ['caring'],
    'home_visit',
    'Free',
    'A sitter visits your home so you can take a break from caring. Lancashire carers only.',
    { area: 'Lancashire' },
  ),
  s('Manchester Private Counselling', 'Manchester', ['mental_wellbeing'], 'in_person', '£40 per session', 'Private counselling for anxiety and depression.', {
    day: 'MO',
  }),
  s('North West Online Bereavement Chat', 'Manchester', ['bereavement'], 'online', 'Free', 'Online group chat for bereaved adults, evenings.', {}),
  s('Preston Deaf Social Club', 'Preston', ['loneliness'], 'in_person', 'Free', 'Social club for deaf people; BSL users welcome.', { day: 'FR' }),
  s('Lancaster Text Befriending', 'Lancaster', ['loneliness'], 'phone', 'Free', 'Friendly chat by text message or phone for people in Lancashire.', {
    area: 'Lancashire',
  }),
  s('Wythenshawe Bereavement Walk', 'Wythenshawe', ['bereavement', 'activity'], 'in_person', 'Free', 'Walk and talk for people who are grieving.', {
    day: 'SA',
  }),
  s("Garstang Men's Shed", 'Garstang', ['loneliness', 'activity'], 'in_person', '£2 per session', 'Workshop and company for men.', { day: 'WE' }),
  s('Burnley Volunteer Centre', 'Burnley', ['work_volunteering'], 'in_person', 'Free', 'Find volunteering in Burnley and Pendle.', { day: 'TH' }),
  s('Stockport Online Wellbeing Course', 'Stockport', ['mental_wellbeing'], 'online', 'Free', 'Online course on coping with stress and low mood.', {}),
];
