"""Set 11 content: Greater Manchester, Merseyside and Cheshire. Places, services (one call each), people. Invented."""
NOFEE = object()
# key: (lat, lon, postcode district, town, ceremonial county, street, venue)
GM, MY, CH = 'Greater Manchester', 'Merseyside', 'Cheshire'
P = {
 'mcr': (53.4808, -2.2426, 'M1', 'Manchester', GM, 'Princess Street', 'Central Library Meeting Room'),
 'chinatown': (53.4785, -2.2405, 'M1', 'Manchester', GM, 'Faulkner Street', 'Chinatown Community Centre'),
 'mossside': (53.4631, -2.2366, 'M14', 'Moss Side', GM, 'Moss Lane East', 'Moss Side Powerhouse'),
 'wyth': (53.3790, -2.2640, 'M22', 'Wythenshawe', GM, 'Simonsway', 'Wythenshawe Forum'),
 'benchill': (53.3855, -2.2585, 'M22', 'Wythenshawe', GM, 'Hollyhedge Road', 'Benchill Community Centre'),
 'salford': (53.4875, -2.2901, 'M6', 'Salford', GM, 'Broad Street', 'Pendleton Gateway'),
 'stockport': (53.4084, -2.1493, 'SK1', 'Stockport', GM, 'Wellington Road South', 'Stockport Town Hall Annexe'),
 'oldham': (53.5409, -2.1114, 'OL1', 'Oldham', GM, 'Union Street', 'Oldham Community Hub'),
 'glodwick': (53.5380, -2.0960, 'OL4', 'Oldham', GM, 'Glodwick Road', 'Glodwick Community Centre'),
 'rochdale': (53.6161, -2.1554, 'OL16', 'Rochdale', GM, 'Smith Street', 'Number One Riverside'),
 'bolton': (53.5785, -2.4299, 'BL1', 'Bolton', GM, 'Deansgate', 'Bolton Central Hall'),
 'wigan': (53.5450, -2.6325, 'WN1', 'Wigan', GM, 'Library Street', 'The Old Courts'),
 'bury': (53.5933, -2.2966, 'BL9', 'Bury', GM, 'Silver Street', 'Bury Met Arts Centre'),
 'ashton': (53.4880, -2.0980, 'OL6', 'Ashton-under-Lyne', GM, 'Old Street', 'Ashton Old Baths'),
 'hyde': (53.4517, -2.0794, 'SK14', 'Hyde', GM, 'Market Street', 'Hyde Town Hall'),
 'sale': (53.4250, -2.3230, 'M33', 'Sale', GM, 'School Road', 'Sale Waterside'),
 'altrincham': (53.3873, -2.3486, 'WA14', 'Altrincham', GM, 'Market Street', 'Altrincham Market House'),
 'stretford': (53.4460, -2.3090, 'M32', 'Stretford', GM, 'Chester Road', 'Stretford Public Hall'),
 'lpool': (53.4075, -2.9850, 'L1', 'Liverpool', MY, 'Bold Street', 'Bold Street Community Rooms'),
 'toxteth': (53.3930, -2.9680, 'L8', 'Toxteth', MY, 'Granby Street', 'Granby Community Centre'),
 'anfield': (53.4330, -2.9610, 'L4', 'Anfield', MY, 'Breck Road', 'Breckside Community Centre'),
 'everton': (53.4210, -2.9700, 'L6', 'Everton', MY, 'Heyworth Street', 'Everton Community Hall'),
 'birkenhead': (53.3930, -3.0140, 'CH41', 'Birkenhead', MY, 'Conway Street', 'Birkenhead Central Library'),
 'wallasey': (53.4240, -3.0400, 'CH44', 'Wallasey', MY, 'Liscard Road', 'Liscard Community Hall'),
 'westkirby': (53.3730, -3.1840, 'CH48', 'West Kirby', MY, 'Grange Road', 'West Kirby Concourse'),
 'bootle': (53.4460, -2.9920, 'L20', 'Bootle', MY, 'Stanley Road', 'Bootle Strand Community Room'),
 'southport': (53.6470, -3.0060, 'PR8', 'Southport', MY, 'Lord Street', 'Southport Atkinson Studio'),
 'crosby': (53.4870, -3.0180, 'L23', 'Crosby', MY, 'Coronation Road', 'Crosby Civic Hall'),
 'kirkby': (53.4820, -2.8920, 'L32', 'Kirkby', MY, 'Cherryfield Drive', 'Kirkby Centre'),
 'huyton': (53.4110, -2.8400, 'L36', 'Huyton', MY, 'Derby Road', 'Huyton Library'),
 'sthelens': (53.4540, -2.7370, 'WA10', 'St Helens', MY, 'Victoria Square', 'St Helens World of Glass Rooms'),
 'chester': (53.1900, -2.8910, 'CH1', 'Chester', CH, 'Northgate Street', 'Storyhouse Studio'),
 'crewe': (53.0980, -2.4410, 'CW1', 'Crewe', CH, 'Delamere Street', 'Crewe Lyceum Rooms'),
 'macc': (53.2600, -2.1250, 'SK11', 'Macclesfield', CH, 'Chestergate', 'Macclesfield Town Hall'),
 'northwich': (53.2590, -2.5180, 'CW9', 'Northwich', CH, 'Witton Street', 'Northwich Memorial Court'),
 'nantwich': (53.0670, -2.5220, 'CW5', 'Nantwich', CH, 'Beam Street', 'Nantwich Civic Hall'),
 'congleton': (53.1630, -2.2130, 'CW12', 'Congleton', CH, 'High Street', 'Congleton Town Hall'),
 'eport': (53.2790, -2.9010, 'CH65', 'Ellesmere Port', CH, 'Civic Way', 'Ellesmere Port Civic Hall'),
 'winsford': (53.1940, -2.5200, 'CW7', 'Winsford', CH, 'Dene Drive', 'Winsford Lifestyle Centre'),
 'warrington': (53.3900, -2.5970, 'WA1', 'Warrington', CH, 'Buttermarket Street', 'Warrington Market Hall Rooms'),
 'runcorn': (53.3420, -2.7290, 'WA7', 'Runcorn', CH, 'Church Street', 'Runcorn Old Town Hub'),
 'widnes': (53.3620, -2.7340, 'WA8', 'Widnes', CH, 'Victoria Road', 'Widnes Kingsway Centre'),
 'wybunbury': (53.0450, -2.4480, 'CW5', 'Wybunbury', CH, 'Main Road', 'Wybunbury Village Hall'),
 'audlem': (52.9900, -2.5080, 'CW3', 'Audlem', CH, 'Cheshire Street', 'Audlem Public Hall'),
 'malpas': (53.0190, -2.7660, 'SY14', 'Malpas', CH, 'High Street', 'Malpas Jubilee Hall'),
 'tarporley': (53.1580, -2.6680, 'CW6', 'Tarporley', CH, 'High Street', 'Tarporley Community Centre'),
}
# postcode district -> local authority (the unit of cover)
AUTH = {'M1': 'Manchester', 'M14': 'Manchester', 'M22': 'Manchester', 'M6': 'Salford', 'SK1': 'Stockport', 'OL1': 'Oldham', 'OL4': 'Oldham',
 'OL16': 'Rochdale', 'BL1': 'Bolton', 'WN1': 'Wigan', 'BL9': 'Bury', 'OL6': 'Tameside', 'SK14': 'Tameside', 'M33': 'Trafford', 'WA14': 'Trafford',
 'M32': 'Trafford', 'L1': 'Liverpool', 'L8': 'Liverpool', 'L4': 'Liverpool', 'L6': 'Liverpool', 'CH41': 'Wirral', 'CH44': 'Wirral', 'CH48': 'Wirral',
 'L20': 'Sefton', 'PR8': 'Sefton', 'L23': 'Sefton', 'L32': 'Knowsley', 'L36': 'Knowsley', 'WA10': 'St Helens', 'CH1': 'Cheshire West and Chester',
 'CW1': 'Cheshire East', 'SK11': 'Cheshire East', 'CW9': 'Cheshire West and Chester', 'CW5': 'Cheshire East', 'CW12': 'Cheshire East',
 'CH65': 'Cheshire West and Chester', 'CW7': 'Cheshire West and Chester', 'WA1': 'Warrington', 'WA7': 'Halton', 'WA8': 'Halton', 'CW3': 'Cheshire East',
 'SY14': 'Cheshire West and Chester', 'CW6': 'Cheshire West and Chester'}
SERVICES = []
def S(name, org, where, needs, desc, fees='Free', area=None, min=None, max=None, elig=None, langs=(), sched=None, alert=None, sites=()):
    SERVICES.append({'name': name, 'org': org, 'where': where, 'needs': list(needs), 'desc': desc, 'fees': fees, 'area': area, 'min': min, 'max': max,
                     'elig': elig, 'langs': list(langs), 'sched': sched, 'alert': alert, 'sites': list(sites)})
EN, AR, SO, PL, YUE, UR = ('English', 'en'), ('Arabic', 'ar'), ('Somali', 'so'), ('Polish', 'pl'), ('Cantonese', 'zh'), ('Urdu', 'ur')
# ---- Wirral (gm-01 Birkenhead)
S('Birkenhead Bereavement Cafe', 'Wirral Bereavement Network', 'birkenhead', ['bereavement'], 'Tea, cake and a listening ear for anyone who has lost someone close. Trained volunteers; come on your own or bring a friend.', fees='Free (donations to the tea fund)', sched='Second and fourth Tuesday, 1.30-3.30pm')
S('Birkenhead Friendship Lunch', 'Conway Street Churches Together', 'birkenhead', ['loneliness', 'food'], 'A hot two-course lunch and company every Thursday. Many people come on their own the first time; a volunteer will meet you at the door.', fees='Pay what you can', sched='Thursdays 12-2pm')
S('Wirral Digital Buddies Birkenhead', 'Wirral Libraries', 'birkenhead', ['digital'], 'One-to-one help with tablets, phones and the NHS App from patient volunteers. Loan tablets available. No question too basic.', sched='Mondays and Fridays 10am-12 noon', area='Wirral')
S('Wirral Telephone Friends', 'Age Concern Wirral (invented)', 'phone', ['loneliness', 'bereavement'], 'A weekly phone call from the same friendly volunteer. Many of our callers have been widowed; volunteers are trained in bereavement listening.', area='Wirral')
S('Liverpool Bereavement Circle', 'Merseyside Loss and Grief Service', 'lpool', ['bereavement'], 'A friendly monthly bereavement group in the city centre, open to anyone who has lost someone.', sched='First Wednesday of the month, 2-4pm')
S('Toxteth Widows and Widowers Group', 'Granby Toxteth Community Trust', 'toxteth', ['bereavement', 'loneliness'], 'For people who have lost a husband, wife or partner. Talks, trips and a cuppa.', sched='Fridays 10.30am-12.30pm')
S('Birkenhead Bereavement Walk', 'Wirral Bereavement Network', 'birkenhead', ['bereavement', 'physical_activity'], 'A gentle walk in Birkenhead Park with others who have been bereaved.', alert='Walks stopped for the winter; they restart in April.', sched='Saturdays 10am from the Grand Entrance')
S('Wallasey Lunch and Chat', 'Liscard Methodist Church', 'wallasey', ['loneliness', 'food'], 'Soup, sandwiches and a chat in Liscard.', fees='£3.50 for lunch', sched='Wednesdays 12-1.30pm')
S('Wirral Silver Surfers Online', 'Wirral Libraries', 'online', ['digital', 'loneliness'], 'Weekly online get-together to practise using video calls, with a volunteer on hand.', sched='Tuesdays 2-3pm (Zoom)', area='Wirral')
S('West Kirby Computer Club for Over 60s', 'West Kirby Community Association', 'westkirby', ['digital'], 'Help with computers and phones for people over 60.', min=60, elig='For people over 60')
S('Wallasey Memory Cafe', 'Wirral Dementia Friends (invented)', 'wallasey', ['carers', 'long_term_conditions'], 'A relaxed cafe for people living with dementia and the people who care for them.', sched='Last Thursday of the month, 2-4pm', area='Wirral')
S('Wirral Warm Spaces Roadshow', 'Wirral Community Kitchens', 'wallasey', ['loneliness', 'food', 'money'], 'A warm room, soup and a benefits check, visiting three Wirral towns each week.', sched='Mon Wallasey (Liscard Community Hall) 11-2; Wed Birkenhead (Central Library) 11-2; Fri West Kirby (Concourse) 11-2', sites=['birkenhead', 'westkirby'])
S('Birkenhead Recovery Cafe', 'Wirral Ways to Recovery (invented)', 'birkenhead', ['alcohol_drugs'], 'A dry cafe run by people in recovery. Mutual aid meetings and peer mentors.', sched='Fridays 6-9pm; Sundays 12-4pm', area='Wirral')
# ---- Liverpool (gm-05 Anfield)
S('Anfield Recovery Saturdays', 'North Liverpool Recovery Community', 'anfield', ['alcohol_drugs'], 'Peer-led recovery group for anyone worried about their drinking or drug use. Saturdays so people who work weekdays can come.', sched='Saturdays 11am-1pm', area='Liverpool')
S('Liverpool Recovery Evening Group', 'Mersey Recovery Network (invented)', 'lpool', ['alcohol_drugs', 'mental_health'], 'An evening group for people cutting down or stopping alcohol; 1:1 key worker sessions can be booked at the same time.', sched='Tuesdays and Thursdays 6.30-8.30pm', area='Liverpool City Region')
S('Liverpool City Region Night Shift Jobs Coaching', 'LCR Works (invented)', 'phone', ['employment'], 'Phone coaching for people who want a better job or a move off nights. Appointments early mornings, evenings and Saturdays.', sched='Mon-Fri 7-9am and 6-9pm; Saturdays 9am-1pm', area='Liverpool City Region')
S('Anfield Jobs and Skills Hub', 'Breckside Community Trust', 'anfield', ['employment', 'learning'], 'CV help, job search and forklift and CSCS course referrals.', sched='Mon-Fri 9.30am-4pm')
S('Bootle Recovery Hub', 'Sefton Recovery Partnership (invented)', 'bootle', ['alcohol_drugs'], 'Walk-in recovery support for Sefton residents: groups, key workers and a needle exchange.', sched='Mon-Fri 9am-5pm; Wednesdays until 8pm', area='Sefton')
S('Kirkby Recovery Cafe', 'Knowsley Recovery Community', 'kirkby', ['alcohol_drugs'], 'A Saturday recovery cafe in Kirkby.', sched='Saturdays 10am-2pm', area='Knowsley')
S('Anfield Recovery Breakfast', 'North Liverpool Recovery Community', 'anfield', ['alcohol_drugs', 'food'], 'Sunday breakfast for people in recovery.', alert='Suspended while the centre kitchen is refitted.', sched='Sundays 9-11am')
S('Everton Abstinence Day Programme', 'Mersey Recovery Network (invented)', 'everton', ['alcohol_drugs'], 'A structured 12-week abstinence day programme.', sched='Monday to Friday 9.30am-3pm for 12 weeks', area='Liverpool')
S('Merseyside Drink Less Online', 'Mersey Recovery Network (invented)', 'online', ['alcohol_drugs'], 'An online course for people who want to cut down.', fees='£25 for the six sessions (free on Universal Credit)', sched='Sundays 7-8pm (video)', area='Merseyside')
S('Toxteth Somali Families Hub', 'Granby Toxteth Community Trust', 'toxteth', ['parenting', 'money'], 'Advice and a play session for Somali-speaking families.', langs=[SO, EN], sched='Saturdays 10am-1pm')
S('Liverpool Arabic Women ESOL', 'Liverpool Arabic Centre (invented)', 'toxteth', ['learning'], 'Beginners English classes for Arabic-speaking women, with a creche.', langs=[AR, EN], min=19, elig='Women aged 19 and over')
S('Everton Park Walks', 'Liverpool Walking for Health (invented)', 'everton', ['physical_activity'], 'Led one-hour walks from the park cafe, any pace.', sched='Wednesdays 10.30am')
S('Mersey Ferry Friends Social', 'Mersey Ferry Friends (invented)', 'lpool', ['loneliness'], 'A monthly social with a river trip for older people.', fees='£4.50 including the ferry', min=55, elig='Over 55s')
# ---- Sefton (gm-08 Southport, housebound)
S('Sefton Home Befriending', 'Sefton Carers and Neighbours (invented)', 'home', ['loneliness'], 'A volunteer visits you at home every week for a chat, a cuppa or a game of cards.', area='Sefton', min=60, elig='People aged 60 or over')
S('Merseyside Sight Loss Home Visits', 'Merseyside Society for the Blind (invented)', 'home', ['long_term_conditions', 'digital'], 'A rehabilitation worker visits you at home to help with magnifiers, talking gadgets and setting up your phone for sight loss.', area='Merseyside')
S('Sefton Talking Newspaper and Phone Chat', 'Sefton Talking News (invented)', 'phone', ['loneliness', 'long_term_conditions'], 'Local news read aloud down the phone each week, plus a phone chat with a volunteer; for people with sight loss.', area='Sefton')
S('Liverpool Home Visiting Service', 'Liverpool Neighbours (invented)', 'home', ['loneliness'], 'Weekly home visits from volunteers for housebound people.', area='Liverpool')
S('Southport Sight Support Drop-in', 'Merseyside Society for the Blind (invented)', 'southport', ['long_term_conditions'], 'Drop in to try magnifiers and lighting.', sched='First Monday of the month, 10am-12 noon')
S('Southport Art Club', 'Southport Art Club', 'southport', ['arts', 'loneliness'], 'Painting and drawing for all abilities.', fees='£3 a session', sched='Thursdays 1-3.30pm')
S('Sefton Online Coffee Morning', 'Sefton Carers and Neighbours (invented)', 'online', ['loneliness'], 'Join a friendly video coffee morning from home.', sched='Fridays 10.30am (video)', area='Sefton')
S('Cheshire and Merseyside Breathlessness Phone Clinic', 'NHS Cheshire and Merseyside (invented service)', 'phone', ['long_term_conditions'], 'Nurse-led phone support for people with COPD and breathlessness.', area='NHS Cheshire and Merseyside', sched='Mon-Fri 9am-4.30pm')
S('Crosby Stroke Club', 'Crosby Stroke Club', 'crosby', ['long_term_conditions', 'loneliness'], 'Social club for stroke survivors.', fees='Subs £1 a week', sched='Tuesdays 2-4pm')
S('Southport Men in Sheds', 'Sefton Men in Sheds', 'southport', ['loneliness', 'arts'], 'Woodwork and a brew.', sched='Tue and Fri 10am-3pm')
# ---- Wythenshawe (gm-02, M22)
S('Wythenshawe Somali Women\'s Advice Circle', 'Wythenshawe Somali Community Association (invented)', 'benchill', ['money', 'housing', 'mental_health'], 'Advice on benefits, housing letters and school forms in Somali, and a chance to talk with other women.', langs=[SO, EN], sched='Wednesdays 10am-1pm')
S('Wythenshawe Money Advice Hub', 'Wythenshawe Community Advice (invented)', 'wyth', ['money'], 'Free, confidential help with benefits, debts and Universal Credit. Interpreters can be booked (Somali, Arabic, Polish).', area='Manchester City Council area', sched='Mon, Wed, Fri 9.30am-3pm', langs=[EN, SO, AR, PL])
S('Manchester Housing Options Line', 'Manchester City Council (invented service)', 'phone', ['housing'], 'Phone advice if you are worried about losing your home, rent arrears, repairs or overcrowding.', area='Manchester City Council area', sched='Mon-Fri 9am-5pm; emergency line out of hours')
S('Wythenshawe Family Hub Stay and Play', 'Manchester Family Hubs (invented)', 'wyth', ['parenting'], 'Stay and play for under-5s with health visitor drop-in.', sched='Tuesdays and Thursdays 9.30-11.30am', area='M22, M23')
S('Wythenshawe Positive Parenting Course', 'Wythenshawe Community Learning', 'wyth', ['parenting', 'learning'], 'Ten-week parenting course.', fees='£30 for the course', sched='Mondays 6-8pm for 10 weeks')
S('Sale Money and Benefits Clinic', 'Trafford Advice Partnership (invented)', 'sale', ['money'], 'Benefits and debt advice.', area='Trafford', sched='Thursdays 10am-2pm')
S('Altrincham Family Centre', 'Trafford Family Services (invented)', 'altrincham', ['parenting'], 'Baby groups and parent support.', area='Trafford')
S('Stockport Debt Drop-in', 'Stockport Advice (invented)', 'stockport', ['money'], 'Debt advice drop-in.', area='Stockport', sched='Tuesdays 10am-3pm')
S('Greater Manchester Tenancy Rescue', 'GM Housing Justice (invented)', 'phone', ['housing', 'money'], 'Help for tenants facing eviction anywhere in Greater Manchester.', area='Greater Manchester Combined Authority', sched='Weekdays 9.30-4.30; voicemail out of hours')
S('Wythenshawe Food Club', 'Wythenshawe Community Housing Group (invented)', 'benchill', ['food', 'money'], 'Weekly food club: a bag of shopping worth about £15.', fees='£3.50 a week', sched='Fridays 12-2pm')
# ---- Tameside (gm-03 Ashton)
S('Tameside Carers Drop-ins', 'Tameside Carers Centre (invented)', 'hyde', ['carers'], 'Advice, a carers assessment and a cuppa at two drop-ins.', sched='Mon Hyde (Town Hall) 10-12; Thu Ashton (Old Baths) 10-12', sites=['ashton'], area='Tameside')
S('Tameside Carers Line', 'Tameside Carers Centre (invented)', 'phone', ['carers', 'mental_health'], 'Talk to a carer support worker, or book a break.', area='Tameside', sched='Mon-Fri 9am-5pm; Tue until 7pm')
S('Ashton Canal Walk and Talk', 'Tameside Walking for Health (invented)', 'ashton', ['physical_activity', 'mental_health'], 'An easy walk along the canal towpath and a brew afterwards; people caring for someone especially welcome.', sched='Saturdays 10am from Portland Basin')
S('Ashton Dementia Carers Group', 'Alzheimer\'s Support Tameside (invented)', 'ashton', ['carers', 'mental_health'], 'Monthly group for people caring for someone with dementia, with a sitting service so you can come.', sched='Second Wednesday, 1-3pm', area='Tameside')
S('Oldham Carers Group', 'Oldham Carers (invented)', 'oldham', ['carers'], 'Carers group with speakers.', area='Oldham', sched='First Friday of the month, 10.30am')
S('Stockport Carers Cafe', 'Stockport Carers (invented)', 'stockport', ['carers'], 'Cafe for carers.', area='Stockport')
S('Ashton Chair Yoga', 'Ashton Yoga Studio', 'ashton', ['physical_activity'], 'Gentle chair yoga.', fees='£6 drop-in', sched='Mondays 11am')
S('Hyde Men\'s Shed', 'Hyde Men in Sheds (invented)', 'hyde', ['loneliness', 'arts', 'mental_health'], 'Woodwork, tinkering and tea.', sched='Tuesdays and Thursdays 10am-3pm')
S('Tameside Carers Yoga', 'Tameside Carers Centre (invented)', 'ashton', ['physical_activity', 'carers'], 'Gentle yoga for carers.', fees='Free for carers, £3 otherwise', sched='Fridays 1-2pm')
S('Tameside and Stockport Memory Support', 'Tame Valley Memory Service (invented)', 'stockport', ['carers', 'long_term_conditions'], 'Based in Stockport; we also take referrals from Tameside. Memory support groups and carers advice.', area='Stockport and Tameside', sched='Thursdays 1-3pm')
S('GM Carers Online Peer Group', 'Greater Manchester Carers Network (invented)', 'online', ['carers'], 'Evening online peer support for carers.', area='Greater Manchester', sched='Wednesdays 8-9pm (Teams)')
S('Ashton Parkrun Walkers', 'Ashton Parkrun Volunteers', 'ashton', ['physical_activity'], 'Walk the 5k with others.', sched='Saturdays 9am')
# ---- Moss Side (gm-04, Arabic)
S('Moss Side Arabic ESOL', 'Moss Side Learning Partnership (invented)', 'mossside', ['learning'], 'English classes from beginner to level 1, taught with Arabic-speaking assistants. Free for learners on benefits or asylum support.', langs=[AR, EN], min=19, elig='Adults 19+', sched='Mon and Wed 10am-12.30pm (term time)')
S('Manchester Jobs Club Central', 'Manchester Works (invented)', 'mcr', ['employment'], 'Job search, CV and interview help; help with qualifications from abroad.', sched='Tuesdays and Thursdays 10am-3pm', area='Manchester City Council area')
S('Manchester Refugee Wellbeing Group', 'Manchester Sanctuary Wellbeing (invented)', 'mossside', ['mental_health', 'loneliness'], 'A weekly wellbeing group for refugees and people seeking asylum, in Arabic and English, with a counsellor.', langs=[AR, EN], sched='Fridays 2-4pm')
S('Salford Community ESOL', 'Salford Adult Learning (invented)', 'salford', ['learning'], 'ESOL classes for Salford residents.', area='Salford', min=19, elig='19 and over')
S('Stretford Arabic Community Group', 'Trafford Arab Community (invented)', 'stretford', ['mental_health', 'loneliness'], 'A community group in Arabic.', langs=[AR], area='Trafford')
S('Manchester ESOL Evening Course', 'Manchester College of English (invented)', 'mcr', ['learning'], 'Evening ESOL.', fees='£95 per term', sched='Tue and Thu 6-8pm')
S('Moss Side Jobs Club', 'Moss Side Powerhouse', 'mossside', ['employment'], 'Weekly jobs club.', alert='Closed: now part of Manchester Jobs Club Central.')
S('Manchester Talking Therapies', 'Greater Manchester Mental Health (invented service)', 'phone', ['mental_health'], 'Talking therapies; self-refer by phone. Interpreters available.', area='Manchester City Council area', min=18, elig='Adults (18 and over)', sched='Mon-Thu 8am-8pm; Fri 8am-5pm')
S('Moss Side Community Garden', 'Moss Side Growers', 'mossside', ['physical_activity', 'mental_health'], 'Grow food with neighbours.', sched='Saturdays 10am-1pm')
S('Moss Side Somali Elders Lunch', 'Moss Side Somali Community (invented)', 'mossside', ['loneliness', 'food'], 'Lunch and chat for Somali elders.', langs=[SO], min=55, elig='Over 55s')
# ---- Manchester city centre (gm-09, Cantonese)
S('Chinatown Tai Chi for Health', 'Manchester Chinese Wellbeing Centre (invented)', 'chinatown', ['physical_activity', 'long_term_conditions'], 'Gentle tai chi taught in Cantonese and English, suitable for diabetes and joint problems.', langs=[YUE, EN], sched='Mon and Thu 10-11am')
S('Chinese Elders Lunch Club Manchester', 'Manchester Chinese Wellbeing Centre (invented)', 'chinatown', ['loneliness', 'food'], 'Lunch, mahjong and friends for Chinese elders. Cantonese and Mandarin spoken.', fees='Donations welcome', langs=[YUE, EN], min=60, elig='60+', sched='Wednesdays 11.30am-2pm')
S('Manchester Diabetes Education in Cantonese', 'NHS Greater Manchester (invented service)', 'chinatown', ['long_term_conditions'], 'Structured diabetes education sessions delivered in Cantonese.', langs=[YUE], area='NHS Greater Manchester', sched='Four Saturday mornings, 10am-12.30pm')
S('City Centre Tai Chi in the Park', 'Piccadilly Tai Chi School', 'mcr', ['physical_activity'], 'Tai chi in the gardens.', fees='£4 per class (£2 concessions)', sched='Sundays 9am')
S('Salford Chinese Community Lunch', 'Salford Chinese Community (invented)', 'salford', ['loneliness', 'food'], 'Community lunch.', langs=[YUE], area='Salford', sched='Tuesdays 12 noon')
S('Manchester Central Walking Football', 'Manchester Walking Sport (invented)', 'mcr', ['physical_activity'], 'Walking football for over 50s.', fees='£2.50 a session', min=50, elig='50 and older')
S('Manchester Chinese Online Exercise', 'Manchester Chinese Wellbeing Centre (invented)', 'online', ['physical_activity', 'long_term_conditions'], 'Online exercise class in Cantonese.', langs=[YUE], sched='Fridays 10am (Zoom)')
S('Greater Manchester Diabetes Phone Coaching', 'NHS Greater Manchester (invented service)', 'phone', ['long_term_conditions'], 'Phone health coaching for type 2 diabetes.', area='NHS Greater Manchester', min=18, elig='Over-18s')
# ---- Runcorn (gm-10, Halton)
S('Halton Money Advice Outreach', 'Halton Citizens Advice (invented)', 'widnes', ['money', 'housing'], 'Benefits, debt, rent arrears and housing letters. Two venues either side of the bridge.', sched='Mon Widnes (Kingsway Centre) 9.30-3; Thu Runcorn (Old Town Hub) 9.30-3', sites=['runcorn'], area='Halton')
S('Runcorn Housing Help Desk', 'Halton Housing Partnership (invented)', 'runcorn', ['housing'], 'Help if you are behind with rent or have a notice to leave.', area='Halton', sched='Tuesdays 10am-1pm')
S('Liverpool City Region Debt Line', 'LCR Money Guidance (invented)', 'phone', ['money'], 'Phone debt advice for people living anywhere in the Liverpool City Region.', area='Liverpool City Region', sched='Mon-Fri 9am-5pm; Wed until 8pm')
S('Widnes Mind Wellbeing Group', 'Halton Mind (invented)', 'widnes', ['mental_health'], 'Weekly peer support group for low mood and anxiety.', sched='Wednesdays 6-8pm')
S('Merseyside Eviction Support Line', 'Merseyside Tenants Voice (invented)', 'phone', ['housing'], 'Phone advice for tenants on Merseyside.', area='Merseyside')
S('Cheshire West Housing Advice', 'Cheshire West Housing Solutions (invented)', 'phone', ['housing'], 'Housing advice line.', area='Cheshire West and Chester')
S('Warrington Debt Advice', 'Warrington Advice (invented)', 'warrington', ['money'], 'Debt advice.', area='Warrington')
S('Runcorn Wellbeing Course', 'Runcorn Life Coaching', 'runcorn', ['mental_health'], 'Six-week confidence course.', fees='£45 for six sessions')
S('Runcorn Talking Shop', 'Halton Mind (invented)', 'runcorn', ['mental_health', 'loneliness'], 'Drop-in to talk about how you feel.', sched='Fridays 11am-1pm')
S('Ellesmere Port Money Matters', 'Cheshire West Citizens Advice (invented)', 'eport', ['money'], 'Money advice.', area='Cheshire West and Chester')
# ---- Rochdale (gm-06, 16)
S('Rochdale Youth Art Space', 'Rochdale Youth Arts (invented)', 'rochdale', ['arts', 'mental_health'], 'Free art sessions for young people.', min=13, max=19, alert='Closed for refurbishment until April.')
S('Rochdale Young Minds Drop-in', 'Rochdale Youth Wellbeing (invented)', 'rochdale', ['mental_health'], 'Drop-in for young people feeling anxious or low; no appointment needed.', min=11, max=25, elig='Young people aged 11 to 25', sched='Thursdays 4-7pm; Saturdays 12-3pm')
S('Touchstones Young Artists', 'Rochdale Arts and Heritage (invented)', 'rochdale', ['arts'], 'Drawing and printmaking club for teenagers at the gallery.', min=14, max=18, elig='Ages 14-18', sched='Saturdays 10.30am-12.30pm')
S('Rochdale Anxiety Support Online', 'Rochdale Youth Wellbeing (invented)', 'online', ['mental_health'], 'Online anxiety course for young people.', min=13, max=18, elig='13-18 year olds', sched='Wednesdays 5-6pm (video)')
S('Rochdale Adult Life Drawing', 'Rochdale Life Drawing Group', 'rochdale', ['arts'], 'Life drawing.', fees='£8 a session', min=18, elig='18+ only')
S('Oldham Youth Creative Hub', 'Oldham Youth Service (invented)', 'oldham', ['arts', 'mental_health'], 'Creative sessions for Oldham young people.', area='Oldham', min=11, max=19, elig='11-19 year olds')
S('Rochdale Mental Health Peer Group', 'Rochdale Mind (invented)', 'rochdale', ['mental_health'], 'Peer support group.', min=18, elig='Over-18s', sched='Mondays 6-8pm')
S('Rochdale Teen Art Course', 'Rochdale School of Art', 'rochdale', ['arts'], 'Art course for teens.', fees='£40 for the term', min=13, max=17, elig='13 to 17')
# ---- Oldham (gm-11, Urdu)
S('Glodwick Women\'s Walking Group', 'Glodwick Community Centre', 'glodwick', ['physical_activity', 'loneliness'], 'A gentle walk and chai for women; Urdu and English spoken.', langs=[UR, EN], sched='Tuesdays and Thursdays 10.30am')
S('Oldham Diabetes Awareness in Urdu', 'Oldham South Asian Health (invented)', 'glodwick', ['long_term_conditions'], 'Diabetes education sessions in Urdu.', langs=[UR], sched='Wednesdays 11am-12.30pm', area='Oldham')
S('Oldham Urdu Befriending Calls', 'Oldham South Asian Health (invented)', 'phone', ['loneliness'], 'Weekly befriending phone call in Urdu or English.', langs=[UR, EN], area='Oldham')
S('Rochdale Urdu Women\'s Group', 'Rochdale Women\'s Centre (invented)', 'rochdale', ['loneliness', 'mental_health'], 'Women\'s group in Urdu.', langs=[UR])
S('Oldham Carers Lunch', 'Oldham Carers (invented)', 'oldham', ['carers', 'loneliness'], 'Lunch for carers.', alert='No longer running.')
S('Oldham Ladies Swim', 'Oldham Leisure (invented)', 'oldham', ['physical_activity'], 'Women-only swim.', fees='£3.20 per swim', sched='Sundays 6-7pm')
S('Oldham Health Walks', 'Oldham Council Public Health (invented)', 'oldham', ['physical_activity'], 'Led health walks from the town centre.', sched='Fridays 10am')
S('GM Diabetes Online Course', 'NHS Greater Manchester (invented service)', 'online', ['long_term_conditions'], 'Online diabetes course.', area='NHS Greater Manchester')
# ---- Cheshire East villages (gm-07 Wybunbury)
S('Wybunbury Village Coffee Morning', 'Wybunbury Parish Church', 'wybunbury', ['loneliness'], 'Coffee and cake in the village hall every Friday morning.', fees='£1 for coffee and cake', sched='Fridays 10am-12 noon')
S('Nantwich Friday Lunch Club', 'Nantwich Methodist Church', 'nantwich', ['loneliness', 'food'], 'Two-course lunch and good company.', fees='£5 a meal', sched='Fridays 12-2pm', min=60, elig='60 and over')
S('Cheshire East Community Transport Dial-a-Ride', 'South Cheshire Community Transport (invented)', 'phone', ['transport'], 'Door-to-door minibus for people who cannot use buses: shopping, GP and hospital trips.', fees='Fares: £3 each way; concessionary passes not accepted', area='Cheshire East', sched='Bookings Mon-Fri 9am-1pm')
S('Crewe Breathe Easy', 'Asthma and Lung UK volunteers (invented group)', 'crewe', ['long_term_conditions', 'loneliness'], 'Support group for people with lung conditions.', sched='Second Monday, 2-4pm')
S('Nantwich Breathe Easy', 'Asthma and Lung UK volunteers (invented group)', 'nantwich', ['long_term_conditions'], 'Lung support group.', alert='Group paused: no volunteer leader. Please go to Crewe Breathe Easy.')
S('Cheshire West Rural Car Scheme', 'Rural Cheshire Volunteer Drivers (invented)', 'phone', ['transport'], 'Volunteer drivers for GP and hospital trips.', fees='Mileage 45p a mile', area='Cheshire West and Chester')
S('Cheshire East Village Lift Share', 'Cheshire East Good Neighbours (invented)', 'phone', ['transport', 'loneliness'], 'Volunteer drivers for trips to the GP, hospital or shops from villages in Cheshire East.', fees='Donations welcome', area='Cheshire East')
S('Chester Breathe Easy', 'Asthma and Lung UK volunteers (invented group)', 'chester', ['long_term_conditions'], 'Lung support group.')
S('South Cheshire Lunch Rota', 'South Cheshire Rural Action (invented)', 'audlem', ['loneliness', 'food'], 'A village lunch each week at a different hall.', fees='£4.50', sched='1st Tue Audlem (Public Hall); 3rd Tue Nantwich (Civic Hall)', sites=['nantwich'])
S('Crewe Heart and Lung Exercise', 'Cheshire East Leisure (invented)', 'crewe', ['physical_activity', 'long_term_conditions'], 'Exercise class for people with heart or lung conditions.', fees='£3.80 per class', sched='Tuesdays 2pm')
S('Crewe Carers Coffee', 'Cheshire East Carers Hub (invented)', 'crewe', ['carers'], 'Coffee morning for carers.')
S('Cheshire East Home Reading and Learning Visits', 'Cheshire East Libraries (invented)', 'home', ['learning', 'loneliness'], 'A volunteer brings books and helps you learn something new at home.', area='Cheshire East')
# ---- Malpas (gm-12 SY14)
S('Malpas Craft and Natter', 'Malpas Jubilee Hall Trust', 'malpas', ['arts', 'loneliness'], 'Knitting, crochet and cards; bring your own or borrow.', fees='50p a cuppa', sched='Mondays 2-4pm')
S('Malpas Over 60s Lunch Club', 'Malpas Jubilee Hall Trust', 'malpas', ['loneliness', 'food'], 'Monthly hot lunch.', fees='£6 for a two-course lunch', min=60, elig='For people 60 and older', sched='Third Wednesday, 12.30pm')
S('Cheshire West Phone Befriending', 'Cheshire West Voluntary Action (invented)', 'phone', ['loneliness'], 'Weekly phone call from a volunteer.', area='Cheshire West and Chester')
S('Malpas U3A Courses', 'Malpas and District U3A', 'malpas', ['learning', 'arts'], 'History, languages and painting groups.', fees='Subs £15 a year', alert='Closed: the group folded in October. Nearest U3A groups meet in Whitchurch and Chester.')
S('Chester Adult Learning Centre', 'Cheshire West Adult Learning (invented)', 'chester', ['learning', 'arts', 'digital'], 'Daytime courses in art, languages and computing.', area='Cheshire West and Chester')
S('Cheshire Online Learning Circle', 'Cheshire Rural Learners (invented)', 'online', ['learning'], 'Online short courses.', area='Cheshire')
S('Tarporley Art Group', 'Tarporley Art Group', 'tarporley', ['arts'], 'Painting group.', fees='£2 a week')
S('Cheshire West Rural Art Post', 'Cheshire West Arts (invented)', 'phone', ['arts', 'loneliness'], 'A creative pack posted to you each month and a phone chat with the artist.', area='Cheshire West and Chester')
# ---- Background, spread over the region
S('Bolton Food and Fuel Hub', 'Bolton Community Pantry (invented)', 'bolton', ['food', 'money'], 'Pantry and fuel vouchers.', fees='£4 for a shop worth £20')
S('Bolton Bereavement Group', 'Bolton Hospice (invented)', 'bolton', ['bereavement'], 'Monthly bereavement group.', area='Bolton')
S('Bolton Recovery Evenings', 'Bolton Recovery (invented)', 'bolton', ['alcohol_drugs'], 'Evening recovery group.', sched='Mondays 7-9pm', area='Bolton')
S('Wigan Walking Netball', 'Wigan Active (invented)', 'wigan', ['physical_activity'], 'Walking netball.', fees='£2 per session', min=40, elig='Aged 40 and over')
S('Wigan Carers Centre', 'Wigan Carers (invented)', 'wigan', ['carers'], 'Carers support.', area='Wigan Borough')
S('Bury Men\'s Mental Health Group', 'Bury Mind (invented)', 'bury', ['mental_health'], 'Men\'s group.', min=18, elig='Men 18+', sched='Wednesdays 7-9pm')
S('Bury Community Transport', 'Bury Community Transport (invented)', 'phone', ['transport'], 'Minibus service.', fees='£2.50 single, £4 return', area='Bury')
S('Salford Money Advice', 'Salford Advice (invented)', 'salford', ['money'], 'Benefits advice.', area='Salford')
S('Salford Young Parents Group', 'Salford Family Hubs (invented)', 'salford', ['parenting'], 'For parents under 25.', max=24, elig='Under 25s only')
S('Stockport Art on Prescription', 'Stockport Creative Health (invented)', 'stockport', ['arts', 'mental_health'], 'Art on referral.', area='Stockport')
S('Stockport Polish Community Advice', 'Stockport Polish Centre (invented)', 'stockport', ['money', 'employment'], 'Advice in Polish.', langs=[PL, EN])
S('Sale Bereavement Walk', 'Trafford Bereavement Support (invented)', 'sale', ['bereavement', 'physical_activity'], 'Walk and talk.', area='Trafford')
S('Stretford Food Pantry', 'Stretford Pantry', 'stretford', ['food'], 'Pantry.', fees='£3 per visit')
S('Hyde Carers Walk', 'Tameside Carers Centre (invented)', 'hyde', ['carers', 'physical_activity'], 'Walk for carers.', area='Tameside')
S('Ashton Polish Mothers Group', 'Tameside Polish Families (invented)', 'ashton', ['parenting'], 'Polish mums group.', langs=[PL])
S('Greater Manchester Bereavement Line', 'GM Bereavement Service (invented)', 'phone', ['bereavement'], 'Phone bereavement support.', area='Greater Manchester', sched='Mon-Fri 10am-4pm')
S('North West Veterans Phone Support', 'North West Veterans (invented)', 'phone', ['mental_health'], 'Phone support for veterans.', area='North West')
S('Liverpool Polish Advice Centre', 'Merseyside Polish Association (invented)', 'everton', ['money', 'employment'], 'Advice in Polish.', langs=[PL, EN])
S('Toxteth Arts Collective', 'Granby Arts (invented)', 'toxteth', ['arts'], 'Community art.')
S('Everton Foodbank', 'North Liverpool Foodbank (invented)', 'everton', ['food'], 'Foodbank by voucher.', fees='Free (voucher needed)')
S('Liverpool Young Carers', 'Liverpool Young Carers (invented)', 'lpool', ['carers'], 'For young carers.', min=8, max=18, elig='Ages 8-18', area='Liverpool')
S('Huyton Digital Hub', 'Knowsley Libraries (invented)', 'huyton', ['digital'], 'Digital help.', area='Knowsley')
S('Kirkby Family Hub', 'Knowsley Family Hubs (invented)', 'kirkby', ['parenting'], 'Family hub.', area='Knowsley')
S('St Helens Carers Centre', 'St Helens Carers (invented)', 'sthelens', ['carers'], 'Carers support.', area='St Helens Borough')
S('St Helens Walking Group', 'St Helens Walks (invented)', 'sthelens', ['physical_activity'], 'Led walks.')
S('Bootle Somali Community Advice', 'Sefton Somali Association (invented)', 'bootle', ['money', 'housing'], 'Advice in Somali.', langs=[SO, EN])
S('Wallasey Young People\'s Counselling', 'Wirral Youth Counselling (invented)', 'wallasey', ['mental_health'], 'Counselling for young people.', min=11, max=25, elig='11 to 25', area='Wirral')
S('West Kirby Art Society', 'West Kirby Art Society', 'westkirby', ['arts'], 'Painting society.', fees='Subs £20 a year')
S('Chester Recovery Cafe', 'Cheshire Recovery (invented)', 'chester', ['alcohol_drugs'], 'Recovery cafe.', sched='Saturdays 12-4pm')
S('Chester Jobs Hub', 'Cheshire West Employment (invented)', 'chester', ['employment'], 'Jobs help.', area='Cheshire West and Chester')
S('Ellesmere Port Carers Group', 'Cheshire West Carers (invented)', 'eport', ['carers'], 'Carers group.', area='Cheshire West and Chester')
S('Northwich Men\'s Shed', 'Northwich Shed', 'northwich', ['loneliness', 'arts'], 'Men\'s shed.')
S('Winsford Food Pantry', 'Winsford Community Pantry', 'winsford', ['food'], 'Pantry.', fees='£3.50 for a shop worth around £15')
S('Winsford Wellbeing Walk', 'Cheshire West Active (invented)', 'winsford', ['physical_activity'], 'Walks.')
S('Macclesfield Bereavement Cafe', 'East Cheshire Hospice (invented)', 'macc', ['bereavement'], 'Bereavement cafe.', area='Cheshire East')
S('Macclesfield Digital Drop-in', 'Cheshire East Libraries (invented)', 'macc', ['digital'], 'Digital help.')
S('Congleton Parent and Toddler', 'Congleton Family Hub (invented)', 'congleton', ['parenting'], 'Toddler group.', fees='£1.50 per family')
S('Cheshire East Mobile Library Social', 'Cheshire East Libraries (invented)', 'congleton', ['loneliness', 'digital'], 'Mobile library stops with a cuppa and digital help.', sched='Mon Congleton (Town Hall car park) 10-12; Wed Macclesfield (Town Hall) 10-12', sites=['macc'])
S('Warrington Carers Hub', 'Warrington Carers (invented)', 'warrington', ['carers'], 'Carers hub.', area='Warrington')
S('Warrington Recovery Evening', 'Warrington Recovery (invented)', 'warrington', ['alcohol_drugs'], 'Evening recovery.', sched='Thursdays 6-8pm')
S('Warrington Arts for Wellbeing', 'Warrington Creative Health (invented)', 'warrington', ['arts', 'mental_health'], 'Arts on referral.', fees='Free with a Max card, £3 otherwise')
S('Widnes Jobs Club', 'Halton Employment (invented)', 'widnes', ['employment'], 'Jobs club.', area='Halton')
S('Cheshire and Merseyside Carers Line', 'NHS Cheshire and Merseyside (invented service)', 'phone', ['carers'], 'Carers advice line.', area='NHS Cheshire and Merseyside')
S('Crewe Polish Families Group', 'Crewe Polish Community (invented)', 'crewe', ['parenting', 'learning'], 'Polish families group.', langs=[PL, EN])
S('Nantwich Digital Cafe', 'Nantwich Library (invented)', 'nantwich', ['digital'], 'Digital cafe.')
S('Rochdale Carers Centre', 'Rochdale Carers (invented)', 'rochdale', ['carers'], 'Carers centre.', area='Rochdale Borough')
S('Wigan Bereavement Service', 'Wigan Hospice (invented)', 'wigan', ['bereavement'], 'Bereavement support.', area='Wigan Borough')
def T(lat, lon, place, km, free, remote, avoid, expect, never, unmet=None):
    t = {'lat': lat, 'lon': lon, 'place': place, 'maxTravelKm': km, 'mustBeFree': free, 'remoteOk': remote, 'avoidModes': avoid,
         'expectSomething': expect, 'mustNotSuggest': never}
    if unmet: t['unmetNeeds'] = unmet
    return t
def H(id, age, area, story, needs, barriers, matters, goals, notes, truth):
    return {'id': id, 'age': age, 'area': area, 'story': story, 'needs': needs, 'barriers': barriers, 'mattersMost': matters, 'goals': goals, 'notes': notes, 'truth': truth}
PEOPLE = [
 H('gm-01', 79, 'over the water in Birkenhead', 'Maureen is 79 and lives off Oxton Road in Birkenhead. Her husband Jim died in the spring after 52 years. Her grandson set her up with a tablet but she cannot work it.',
   ['bereavement', 'loneliness', 'digital'], ['digital', 'confidence', 'transport'], 'Not sitting in the house on my own all day talking to the telly.',
   ['meet people who know what losing someone is like', 'somewhere to go for my dinner with company', 'learn to video call my grandson in Australia'],
   'Gets the bus round Birkenhead, a couple of miles at most. Has not been through the tunnel or on the train to town since Jim died and says she will not go over to Liverpool on her own. Landline is fine; will not do anything online until someone shows her in person.',
   T(53.3905, -3.0270, 'Oxton Road, Birkenhead CH41', 4, False, True, ['online'],
     ['Birkenhead Bereavement Cafe', 'Birkenhead Friendship Lunch', 'Wirral Digital Buddies Birkenhead', 'Wirral Telephone Friends'],
     ['Liverpool Bereavement Circle', 'Toxteth Widows and Widowers Group', 'Birkenhead Bereavement Walk', 'Wirral Silver Surfers Online', 'West Kirby Computer Club for Over 60s'])),
 H('gm-02', 34, 'M22', 'Hodan is 34, lives in Benchill, Wythenshawe, with three children, the youngest 2. Her first language is Somali. Universal Credit was cut after a sanction and the landlord has written about arrears; the flat is damp.',
   ['money', 'housing', 'parenting'], ['language', 'cost', 'childcare'], 'Keeping a roof over the kids and understanding the letters.',
   ['someone to explain the letters in Somali', 'sort the rent arrears', 'a playgroup for the little one'],
   'No car. The 11 bus goes to Altrincham and that is as far as she can manage with the toddler. Nothing that costs anything. Phone is fine; an interpreter helps.',
   T(53.3840, -2.2560, 'Benchill, Wythenshawe M22', 7, True, True, [],
     ["Wythenshawe Somali Women's Advice Circle", 'Wythenshawe Money Advice Hub', 'Manchester Housing Options Line', 'Wythenshawe Family Hub Stay and Play', 'Greater Manchester Tenancy Rescue'],
     ['Wythenshawe Positive Parenting Course', 'Sale Money and Benefits Clinic', 'Altrincham Family Centre', 'Stockport Debt Drop-in', 'Wythenshawe Food Club', 'Merseyside Eviction Support Line'])),
 H('gm-03', 68, 'Ashton', 'Pat is 68 and lives in Hurst, Ashton-under-Lyne. She cares full time for her husband Derek, who has Alzheimer\'s. She has stopped going out and feels low and stiff.',
   ['carers', 'physical_activity', 'mental_health'], ['caring', 'digital'], 'A couple of hours that are mine, and not feeling so alone with it.',
   ['talk to other people caring for someone with dementia', 'get moving again', 'find out about a break'],
   'Does not drive; the bus gets her to Ashton or Hyde, about five miles at most, and only if someone sits with Derek. Phone fine, does not use computers.',
   T(53.4920, -2.0850, 'Hurst, Ashton-under-Lyne OL6', 8, False, True, ['online'],
     ['Tameside Carers Drop-ins', 'Tameside Carers Line', 'Ashton Canal Walk and Talk', 'Ashton Dementia Carers Group', 'Tameside Carers Yoga'],
     ['Oldham Carers Group', 'Stockport Carers Cafe', 'Tameside and Stockport Memory Support', 'GM Carers Online Peer Group'])),
 H('gm-04', 45, 'Moss Side', 'Khaled is 45, from Syria, granted refugee status last year. He was a civil engineer. He lives in Moss Side with his wife and sons, speaks Arabic and some English, and sleeps badly.',
   ['employment', 'learning', 'mental_health'], ['language', 'cost', 'confidence'], 'Working again and providing for my family.',
   ['improve my English', 'get my qualifications recognised', 'talk to someone about the nightmares'],
   'No car; walks or takes the bus into town, three miles or so. No money for courses. Phone calls in Arabic are fine.',
   T(53.4610, -2.2400, 'Moss Side, Manchester M14', 5, True, True, [],
     ['Moss Side Arabic ESOL', 'Manchester Jobs Club Central', 'Manchester Refugee Wellbeing Group', 'Manchester Talking Therapies'],
     ['Salford Community ESOL', 'Stretford Arabic Community Group', 'Manchester ESOL Evening Course', 'Moss Side Jobs Club', 'Liverpool Arabic Women ESOL'])),
 H('gm-05', 23, 'Anfield', 'Connor is 23, lives in Anfield and works nights in a warehouse in Kirkby. He drinks most mornings after his shift to get to sleep and his girlfriend has told him to sort it out.',
   ['alcohol_drugs', 'employment'], ['work hours', 'stigma'], 'Keeping my girlfriend and not ending up like my dad.',
   ['cut down the drinking', 'find something that is not nights'],
   'Nights Sunday to Thursday, sleeps in the day, so only evenings before 9 or Saturdays. Gets the bus, about four miles. Does not want anything on the Wirral or in Bootle where people know him.',
   T(53.4350, -2.9580, 'Anfield, Liverpool L4', 6, False, True, [],
     ['Anfield Recovery Saturdays', 'Liverpool Recovery Evening Group', 'Liverpool City Region Night Shift Jobs Coaching'],
     ['Bootle Recovery Hub', 'Kirkby Recovery Cafe', 'Birkenhead Recovery Cafe', 'Anfield Recovery Breakfast'])),
 H('gm-06', 16, 'rochdale', 'Aisha is 16, in year 11 in Rochdale. She has had panic attacks since the mocks and has stopped drawing, which she loved.',
   ['mental_health', 'arts'], ['anxiety', 'cost'], 'Not feeling scared all the time, and drawing again.',
   ['learn to manage panic', 'an art club with people my age'],
   'Walks everywhere, two miles at most. No money. Online is OK.',
   T(53.6180, -2.1600, 'Rochdale OL16', 3, True, True, [],
     ['Rochdale Young Minds Drop-in', 'Touchstones Young Artists', 'Rochdale Anxiety Support Online'],
     ['Rochdale Youth Art Space', 'Rochdale Adult Life Drawing', 'Rochdale Mental Health Peer Group', 'Oldham Youth Creative Hub', 'Rochdale Teen Art Course'])),
 H('gm-07', 82, 'near Nantwich', 'Geoffrey is 82 and lives in Wybunbury, a village between Nantwich and Crewe. He has COPD and had to give up his licence. The village bus runs twice a day.',
   ['transport', 'loneliness', 'long_term_conditions'], ['transport', 'rural', 'mobility', 'digital'], 'Still getting out and seeing people.',
   ['a way to get to the surgery and the shops', 'people to talk to', 'help with my breathing'],
   'His daughter drives him into Nantwich or Crewe, or out to Audlem, most weeks; about five miles. He is not online and does not want to be; the phone is fine.',
   T(53.0450, -2.4480, 'Wybunbury, near Nantwich CW5', 8, False, True, ['online'],
     ['Wybunbury Village Coffee Morning', 'Cheshire East Community Transport Dial-a-Ride', 'Cheshire East Village Lift Share', 'Crewe Breathe Easy', 'Cheshire and Merseyside Breathlessness Phone Clinic', 'South Cheshire Lunch Rota'],
     ['Nantwich Breathe Easy', 'Cheshire West Rural Car Scheme', 'Chester Breathe Easy', 'Cheshire West Phone Befriending', 'Sefton Home Befriending'])),
 H('gm-08', 86, 'Southport', 'Edna is 86 and lives alone in Birkdale, Southport. Macular degeneration means she can no longer read, and after a fall she does not leave the house.',
   ['loneliness', 'long_term_conditions', 'digital'], ['mobility', 'hearing', 'digital'], 'Company, and being able to do things for myself.',
   ['someone to talk to', 'gadgets that help me see', 'use my phone again'],
   'Housebound. Home visits or the telephone only; she cannot see a screen.',
   T(53.6330, -3.0150, 'Birkdale, Southport PR8', 0.5, False, True, ['online', 'in_person'],
     ['Sefton Home Befriending', 'Merseyside Sight Loss Home Visits', 'Sefton Talking Newspaper and Phone Chat'],
     ['Liverpool Home Visiting Service', 'Southport Sight Support Drop-in', 'Sefton Online Coffee Morning', 'Crosby Stroke Club', 'Wirral Telephone Friends'])),
 H('gm-09', 66, 'Manchester city centre, near Chinatown', 'Mrs Wong is 66 and lives in a flat near Chinatown. She has type 2 diabetes and bad knees. Her children moved to London; her English is limited and she speaks Cantonese.',
   ['physical_activity', 'long_term_conditions', 'loneliness'], ['language', 'cost', 'pain', 'digital'], 'Staying healthy so I do not become a burden.',
   ['gentle exercise', 'understand my diabetes', 'people to talk to in Cantonese'],
   'Walks a mile at most because of her knees. Pension only, must be free. No internet; phone is fine if in Cantonese or with an interpreter.',
   T(53.4780, -2.2390, 'Manchester city centre M1', 2, True, True, ['online'],
     ['Chinatown Tai Chi for Health', 'Chinese Elders Lunch Club Manchester', 'Manchester Diabetes Education in Cantonese', 'Greater Manchester Diabetes Phone Coaching'],
     ['City Centre Tai Chi in the Park', 'Salford Chinese Community Lunch', 'Manchester Central Walking Football', 'Manchester Chinese Online Exercise'])),
 H('gm-10', 38, 'Runcorn', 'Dean is 38, lives in Runcorn old town, and was laid off from the chemical works. He is three months behind with the rent and has a notice from the housing association. He is not sleeping.',
   ['housing', 'money', 'mental_health'], ['cost', 'stigma'], 'Not losing the house.',
   ['sort the arrears', 'get the benefits I am owed', 'someone to talk to about how I feel'],
   'No car now; the bus over the bridge to Widnes is fine, a couple of miles. Cannot pay for anything. Phone fine.',
   T(53.3400, -2.7300, 'Runcorn old town WA7', 5, True, True, [],
     ['Halton Money Advice Outreach', 'Runcorn Housing Help Desk', 'Liverpool City Region Debt Line', 'Widnes Mind Wellbeing Group'],
     ['Merseyside Eviction Support Line', 'Cheshire West Housing Advice', 'Warrington Debt Advice', 'Runcorn Wellbeing Course', 'Ellesmere Port Money Matters'])),
 H('gm-11', 61, 'Oldham, Glodwick', 'Mrs Begum is 61, lives in Glodwick and speaks Urdu; her English is basic. She has type 2 diabetes and her doctor wants her to walk more. Since her husband went into hospital she is alone in the day.',
   ['physical_activity', 'long_term_conditions', 'loneliness'], ['language', 'cost', 'digital'], 'Being well for my grandchildren.',
   ['walk with other women', 'learn about diabetes in Urdu', 'company in the day'],
   'Walks locally, a mile or so; does not take buses alone. Must be free. Phone in Urdu is fine; no internet.',
   T(53.5395, -2.0985, 'Glodwick, Oldham OL4', 2.5, True, True, ['online'],
     ["Glodwick Women's Walking Group", 'Oldham Diabetes Awareness in Urdu', 'Oldham Urdu Befriending Calls', 'Oldham Health Walks'],
     ["Rochdale Urdu Women's Group", 'Oldham Ladies Swim', 'GM Diabetes Online Course', 'Oldham Carers Lunch'])),
 H('gm-12', 80, 'SY14', 'Joan is 80 and lives in Malpas, in the far south of Cheshire West near the Welsh border. She was a teacher, paints, and misses the U3A groups that stopped in the autumn.',
   ['loneliness', 'arts', 'learning'], ['rural', 'transport', 'digital'], 'Keeping my mind busy.',
   ['something to learn', 'paint with others', 'company'],
   'Does not drive; walks round the village. Chester and Whitchurch are too far on the bus. Landline only, not online.',
   T(53.0205, -2.7640, 'Malpas SY14', 3, False, True, ['online'],
     ['Malpas Craft and Natter', 'Malpas Over 60s Lunch Club', 'Cheshire West Phone Befriending', 'Cheshire West Rural Art Post'],
     ['Malpas U3A Courses', 'Chester Adult Learning Centre', 'Cheshire Online Learning Circle', 'Cheshire East Home Reading and Learning Visits', 'Tarporley Art Group'], unmet=['learning'])),
]
# Fuller descriptions, written the way providers write them (kept apart so the one-line calls above stay readable).
DESC = {
 'Wallasey Lunch and Chat': 'Homemade soup, sandwiches and a natter in the church hall in Liscard. Everyone welcome, especially if you are on your own.',
 'Kirkby Recovery Cafe': 'Saturday cafe run by people in recovery from drink and drugs: breakfast, mutual aid meeting at 11 and peer mentors to talk to.',
 'Anfield Recovery Breakfast': 'Sunday breakfast and a mutual aid meeting for people in recovery and their families.',
 'Southport Sight Support Drop-in': 'Drop in to try magnifiers, lighting and talking gadgets, and get advice on registering as sight impaired.',
 'Southport Art Club': 'A friendly painting and drawing club for all abilities. Materials available to borrow.',
 'Crosby Stroke Club': 'A social club for stroke survivors and their partners: speakers, quizzes, chair exercise and trips.',
 'Southport Men in Sheds': 'A workshop where men (and a few women) make, mend and have a brew. No skills needed.',
 'Wythenshawe Positive Parenting Course': 'A ten-week evening course on managing behaviour, routines and your own stress. Creche not available.',
 'Sale Money and Benefits Clinic': 'Appointments and drop-in for benefits checks, debt and Universal Credit problems.',
 'Altrincham Family Centre': 'Baby groups, stay and play, breastfeeding support and parenting advice for families with children under 5.',
 'Stockport Debt Drop-in': 'Walk-in debt advice: bring your letters and we will help you make a plan.',
 'Oldham Carers Group': 'Monthly group for unpaid carers with guest speakers on benefits, respite and equipment.',
 'Stockport Carers Cafe': 'A relaxed cafe for unpaid carers to meet and get information. Replacement care can be arranged.',
 'Ashton Chair Yoga': 'Gentle seated yoga for people with stiff joints or limited mobility, in a small studio.',
 "Hyde Men's Shed": 'A community workshop: woodwork, repairs, tea and chat. Good for men who are retired, out of work or on their own.',
 'Tameside Carers Yoga': 'A relaxing yoga class for people who look after someone; a volunteer can sit with the person you care for.',
 'GM Carers Online Peer Group': 'An evening video group where carers across Greater Manchester share what helps.',
 'Ashton Parkrun Walkers': 'Walk the Saturday parkrun course with a friendly group who always finish last. Register once.',
 'Salford Community ESOL': 'English classes from Entry 1 to Level 1 at community venues in Salford.',
 'Stretford Arabic Community Group': 'A weekly gathering for Arabic-speaking families: coffee, advice and support with wellbeing.',
 'Manchester ESOL Evening Course': 'Evening English classes in the city centre with exam entry.',
 'Moss Side Jobs Club': 'Weekly jobs club with computers and CV help.',
 'Moss Side Community Garden': 'Grow vegetables with neighbours, learn skills and get some fresh air. Tools and gloves provided.',
 'Moss Side Somali Elders Lunch': 'A hot lunch and conversation in Somali for older members of the community.',
 'City Centre Tai Chi in the Park': 'Tai chi for beginners in the gardens, led by an instructor. Pay on the day.',
 'Salford Chinese Community Lunch': 'A weekly community lunch for Chinese residents of Salford, with Cantonese speakers.',
 'Manchester Central Walking Football': 'Walking football on the indoor pitches: no running, no tackling, lots of laughs.',
 'Manchester Chinese Online Exercise': 'A weekly online exercise class in Cantonese for older people, done from a chair.',
 'Greater Manchester Diabetes Phone Coaching': 'Phone health coaching for type 2 diabetes: food, activity and medicines. Interpreters on request.',
 'Merseyside Eviction Support Line': 'Phone advice for private and social tenants facing eviction or arrears.',
 'Cheshire West Housing Advice': 'Phone advice on homelessness, rent arrears and notices to quit.',
 'Warrington Debt Advice': 'Free debt advice appointments in the town centre.',
 'Runcorn Wellbeing Course': 'A six-week confidence and stress course with a private life coach.',
 'Runcorn Talking Shop': 'A shop-front drop-in where you can talk to a trained volunteer about how you are feeling. No appointment.',
 'Ellesmere Port Money Matters': 'Benefits and debt advice appointments.',
 'Rochdale Youth Art Space': 'Free art sessions for young people at the youth centre.',
 'Rochdale Anxiety Support Online': 'A six-week online course for young people about anxiety and panic, cameras optional.',
 'Rochdale Adult Life Drawing': 'Untutored life drawing with a model. Bring your own materials.',
 'Oldham Youth Creative Hub': 'Music, art and film sessions for young people in Oldham.',
 'Rochdale Mental Health Peer Group': 'A peer support group for adults living with anxiety or depression.',
 'Rochdale Teen Art Course': 'A term of Saturday art classes for teenagers, portfolio building.',
 'Oldham Diabetes Awareness in Urdu': 'Sessions in Urdu about type 2 diabetes: food, Ramadan, medicines and foot care. Women and men welcome, separate groups.',
 "Rochdale Urdu Women's Group": 'A weekly women\'s group in Urdu with chat, crafts and guest speakers.',
 'Oldham Carers Lunch': 'Monthly lunch for unpaid carers.',
 'Oldham Ladies Swim': 'A women-only swim session with female lifeguards and covered windows.',
 'Oldham Health Walks': 'Led walks of 30 to 60 minutes from Oldham town centre, at an easy pace.',
 'GM Diabetes Online Course': 'An online course to help you manage type 2 diabetes.',
 'Nantwich Friday Lunch Club': 'A two-course lunch with good company at the Methodist church hall.',
 'Nantwich Breathe Easy': 'Support group for people with lung conditions.',
 'Cheshire West Rural Car Scheme': 'Volunteer drivers for GP, hospital and dentist trips from villages in Cheshire West.',
 'Chester Breathe Easy': 'Monthly support group for people with COPD and other lung conditions, with speakers and singing for breathing.',
 'Crewe Carers Coffee': 'A coffee morning for unpaid carers in Crewe.',
 'Malpas Over 60s Lunch Club': 'A monthly hot lunch and raffle in the Jubilee Hall.',
 'Cheshire West Phone Befriending': 'A weekly chat on the phone with the same volunteer, for people who are on their own.',
 'Malpas U3A Courses': 'Interest groups for retired people: history, languages, painting.',
 'Cheshire Online Learning Circle': 'Short online courses on history, writing and languages for older learners.',
 'Tarporley Art Group': 'A weekly painting group in the community centre; all media.',
 'Bolton Food and Fuel Hub': 'Community pantry with fresh food, plus fuel vouchers and energy advice.',
 'Bolton Bereavement Group': 'A monthly group for adults who have been bereaved, led by hospice counsellors.',
 'Bolton Recovery Evenings': 'An evening recovery group for people stopping or cutting down alcohol or drugs.',
 'Wigan Walking Netball': 'Walking netball for women getting back into sport.',
 'Wigan Carers Centre': 'Information, carers assessments and breaks for unpaid carers.',
 "Bury Men's Mental Health Group": 'An evening group for men to talk; no pressure to share.',
 'Bury Community Transport': 'Accessible minibus for shopping and appointments.',
 'Salford Money Advice': 'Benefits checks and debt advice.',
 'Salford Young Parents Group': 'A group for young mums and dads with babies and toddlers.',
 'Stockport Art on Prescription': 'Ten-week art courses for people referred by their GP or social prescriber.',
 'Stockport Polish Community Advice': 'Advice in Polish on benefits, work rights and settled status.',
 'Sale Bereavement Walk': 'A walk and talk along the Mersey for people who have been bereaved.',
 'Stretford Food Pantry': 'Membership pantry with fresh and tinned food.',
 'Hyde Carers Walk': 'A short walk for carers followed by a cuppa.',
 'Ashton Polish Mothers Group': 'A playgroup and chat for Polish-speaking mums and babies.',
 'Greater Manchester Bereavement Line': 'Phone support from trained bereavement volunteers.',
 'North West Veterans Phone Support': 'A phone line for armed forces veterans and their families.',
 'Liverpool Polish Advice Centre': 'Advice in Polish on benefits, housing and employment rights.',
 'Toxteth Arts Collective': 'Open studio sessions for local residents: print, paint and textiles.',
 'Everton Foodbank': 'Three days of emergency food; you need a voucher from an agency.',
 'Liverpool Young Carers': 'Support, trips and breaks for young carers.',
 'Huyton Digital Hub': 'Free wifi, devices and help getting online.',
 'Kirkby Family Hub': 'Support for families with children 0-19.',
 'St Helens Carers Centre': 'Advice and breaks for unpaid carers.',
 'St Helens Walking Group': 'Led walks around Taylor Park and Sherdley Park.',
 'Bootle Somali Community Advice': 'Advice in Somali on benefits, housing and immigration forms.',
 "Wallasey Young People's Counselling": 'Free, confidential counselling for young people.',
 'West Kirby Art Society': 'Painting society with demonstrations and exhibitions.',
 'Chester Recovery Cafe': 'A recovery cafe and mutual aid meeting.',
 'Chester Jobs Hub': 'Job search, CV and training support.',
 'Ellesmere Port Carers Group': 'Monthly carers group.',
 "Northwich Men's Shed": 'Woodwork, repairs and company.',
 'Winsford Food Pantry': 'Weekly pantry: a shop of fresh and tinned food.',
 'Winsford Wellbeing Walk': 'Short led walks around the Flash.',
 'Macclesfield Bereavement Cafe': 'A bereavement cafe supported by the hospice.',
 'Macclesfield Digital Drop-in': 'Help with phones, tablets and online forms.',
 'Congleton Parent and Toddler': 'Toddler group with toys, songs and a snack.',
 'Warrington Carers Hub': 'Advice, assessments and groups for unpaid carers.',
 'Warrington Recovery Evening': 'An evening recovery group.',
 'Warrington Arts for Wellbeing': 'Creative sessions for wellbeing: painting, collage and clay.',
 'Widnes Jobs Club': 'Weekly jobs club with help applying online.',
 'Cheshire and Merseyside Carers Line': 'Phone information for unpaid carers across Cheshire and Merseyside.',
 'Crewe Polish Families Group': 'A Saturday group for Polish families with English practice for parents.',
 'Nantwich Digital Cafe': 'Help with phones and tablets over a coffee in the library.',
 'Rochdale Carers Centre': 'Advice and support for unpaid carers.',
 'Wigan Bereavement Service': 'One-to-one and group bereavement support.',
}
for _s in SERVICES:
    if _s['name'] in DESC: _s['desc'] = DESC[_s['name']]
