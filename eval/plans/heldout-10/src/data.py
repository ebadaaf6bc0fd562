"""Content of set 10 (Thames Valley, the Chilterns and West London): places, one line per service, and the 12 people.
Coordinates are approximate town / village centres (or a named part of a town) typed from the author's own knowledge of
the places (no gazetteer or API was queried); postcode DISTRICTS are the real ones for each place, inward codes are
invented by build.py. Ceremonial counties: Oxfordshire, Berkshire, Buckinghamshire (includes Milton Keynes), Greater London."""
NOFEE = object()  # a record with no `fees` field at all
OX, BE, BU, GL = 'Oxfordshire', 'Berkshire', 'Buckinghamshire', 'Greater London'
# key: (lat, lon, postcode district, town (address city), ceremonial county, street, venue)
P = {
    'oxford': (51.7520, -1.2577, 'OX1', 'Oxford', OX, 'St Aldates', 'Oxford Town Hall Community Room'),
    'cowley': (51.7340, -1.2120, 'OX4', 'Oxford', OX, 'Between Towns Road', 'Cowley Community Hub'),
    'leys': (51.7180, -1.2040, 'OX4', 'Oxford', OX, 'Blackbird Leys Road', 'Leys Community Hub'),
    'banbury': (52.0629, -1.3398, 'OX16', 'Banbury', OX, 'Bridge Street', 'Banbury Town Hall Annexe'),
    'bicester': (51.8990, -1.1530, 'OX26', 'Bicester', OX, 'Sheep Street', 'Bicester Community Hub'),
    'witney': (51.7860, -1.4850, 'OX28', 'Witney', OX, 'Welch Way', 'Witney Corn Exchange Rooms'),
    'chippy': (51.9420, -1.5460, 'OX7', 'Chipping Norton', OX, 'Market Street', 'Chipping Norton Town Hall'),
    'charlbury': (51.8720, -1.4810, 'OX7', 'Charlbury', OX, 'Church Street', 'Charlbury Memorial Hall'),
    'burford': (51.8080, -1.6360, 'OX18', 'Burford', OX, 'High Street', 'Burford Warwick Hall'),
    'ascott': (51.8680, -1.5600, 'OX7', 'Ascott-under-Wychwood', OX, 'Shipton Road', 'Ascott-under-Wychwood Village Hall'),
    'shipton': (51.8590, -1.5990, 'OX7', 'Shipton-under-Wychwood', OX, 'High Street', 'Shipton Beaconsfield Hall'),
    'miltonw': (51.8610, -1.6190, 'OX7', 'Milton-under-Wychwood', OX, 'Jubilee Lane', 'Milton-under-Wychwood Village Hall'),
    'leafield': (51.8360, -1.5420, 'OX29', 'Leafield', OX, 'Church Road', 'Leafield Village Hall'),
    'abingdon': (51.6708, -1.2820, 'OX14', 'Abingdon', OX, 'Bridge Street', 'Abingdon Guildhall'),
    'wantage': (51.5890, -1.4270, 'OX12', 'Wantage', OX, 'Portway', 'Wantage Beacon'),
    'grove': (51.6090, -1.4210, 'OX12', 'Grove', OX, 'Main Street', 'Grove Village Hall'),
    'faringdon': (51.6560, -1.5860, 'SN7', 'Faringdon', OX, 'Gloucester Street', 'Faringdon Pump House'),
    'didcot': (51.6080, -1.2410, 'OX11', 'Didcot', OX, 'Broadway', 'Didcot Civic Hall'),
    'henley': (51.5360, -0.9030, 'RG9', 'Henley-on-Thames', OX, 'Market Place', 'Henley Town Hall'),
    'thame': (51.7450, -0.9750, 'OX9', 'Thame', OX, 'High Street', 'Thame Town Hall'),
    'haddenham': (51.7700, -0.9290, 'HP17', 'Haddenham', BU, 'Banks Road', 'Haddenham Village Hall'),
    'crendon': (51.7740, -1.0040, 'HP18', 'Long Crendon', BU, 'Chearsley Road', 'Long Crendon Village Hall'),
    'reading': (51.4550, -0.9710, 'RG1', 'Reading', BE, 'Broad Street', 'Reading Central Library'),
    'readingw': (51.4580, -1.0050, 'RG30', 'Reading', BE, 'Oxford Road', 'Oxford Road Community Centre'),
    'wokingham': (51.4110, -0.8340, 'RG40', 'Wokingham', BE, 'Denmark Street', 'Wokingham Town Hall'),
    'bracknell': (51.4160, -0.7510, 'RG12', 'Bracknell', BE, 'Market Street', 'Bracknell Open Learning Centre'),
    'newbury': (51.4010, -1.3230, 'RG14', 'Newbury', BE, 'Northbrook Street', 'Newbury Corn Exchange Studio'),
    'hungerford': (51.4150, -1.5150, 'RG17', 'Hungerford', BE, 'High Street', 'Hungerford Corn Exchange'),
    'lambourn': (51.5090, -1.5310, 'RG17', 'Lambourn', BE, 'Parsonage Lane', 'Lambourn Memorial Hall'),
    'slough': (51.5110, -0.5950, 'SL1', 'Slough', BE, 'High Street', 'The Curve, Slough'),
    'britwell': (51.5250, -0.6150, 'SL2', 'Slough', BE, 'Wentworth Avenue', 'Britwell Community Hub'),
    'langley': (51.5050, -0.5470, 'SL3', 'Slough', BE, 'Harrow Market', 'Langley Pavilion'),
    'windsor': (51.4830, -0.6090, 'SL4', 'Windsor', BE, 'Peascod Street', 'Windsor Youth and Community Centre'),
    'maidenhead': (51.5220, -0.7190, 'SL6', 'Maidenhead', BE, 'Queen Street', 'Maidenhead Heritage Rooms'),
    'wycombe': (51.6290, -0.7480, 'HP11', 'High Wycombe', BU, 'Queen Victoria Road', 'Wycombe Library Meeting Room'),
    'totteridge': (51.6370, -0.7280, 'HP13', 'High Wycombe', BU, 'Totteridge Road', 'Totteridge Community Centre'),
    'aylesbury': (51.8170, -0.8130, 'HP20', 'Aylesbury', BU, 'Market Square', 'Aylesbury Old Town Hall'),
    'aylesburys': (51.8050, -0.8050, 'HP21', 'Aylesbury', BU, 'Southcourt Avenue', 'Southcourt Community Centre'),
    'amersham': (51.6760, -0.6030, 'HP6', 'Amersham', BU, 'Sycamore Road', 'Amersham Community Centre'),
    'oldamersham': (51.6660, -0.6160, 'HP7', 'Amersham', BU, 'High Street', 'Amersham Old Town Hall'),
    'chesham': (51.7060, -0.6110, 'HP5', 'Chesham', BU, 'Broad Street', 'Chesham Elgiva Studio'),
    'missenden': (51.7030, -0.7080, 'HP16', 'Great Missenden', BU, 'High Street', 'Great Missenden Memorial Centre'),
    'marlow': (51.5710, -0.7760, 'SL7', 'Marlow', BU, 'High Street', 'Marlow Liston Hall'),
    'buckingham': (51.9990, -0.9870, 'MK18', 'Buckingham', BU, 'Market Hill', 'Buckingham Community Centre'),
    'mk': (52.0406, -0.7594, 'MK9', 'Milton Keynes', BU, 'Silbury Boulevard', 'MK Central Library'),
    'fishermead': (52.0330, -0.7460, 'MK6', 'Milton Keynes', BU, 'Fishermead Boulevard', 'Fishermead Trinity Centre'),
    'bletchley': (51.9950, -0.7330, 'MK2', 'Bletchley', BU, 'Queensway', 'Bletchley Leisure Centre Rooms'),
    'wolverton': (52.0610, -0.8110, 'MK12', 'Wolverton', BU, 'Church Street', 'Wolverton Agora Rooms'),
    'uxbridge': (51.5460, -0.4790, 'UB8', 'Uxbridge', GL, 'High Street', 'Uxbridge Civic Centre Rooms'),
    'hayes': (51.5030, -0.4200, 'UB3', 'Hayes', GL, 'Botwell Lane', 'Botwell Green Community Rooms'),
    'southall': (51.5110, -0.3760, 'UB1', 'Southall', GL, 'South Road', 'Southall Community Centre'),
    'southall2': (51.5040, -0.3780, 'UB2', 'Southall', GL, 'Featherstone Road', 'Featherstone Road Hall'),
    'acton': (51.5080, -0.2700, 'W3', 'Acton', GL, 'High Street', 'Acton Town Hall Community Rooms'),
    'hounslow': (51.4680, -0.3610, 'TW3', 'Hounslow', GL, 'Treaty Road', 'Hounslow Library Studio'),
    'feltham': (51.4460, -0.4120, 'TW13', 'Feltham', GL, 'High Street', 'Feltham Assembly Hall'),
}
# Local authority of each postcode district used here (check.py repeats this as its own table).
AUTH = {'OX1': 'Oxford', 'OX4': 'Oxford', 'OX16': 'Cherwell', 'OX26': 'Cherwell', 'OX28': 'West Oxfordshire', 'OX7': 'West Oxfordshire',
        'OX18': 'West Oxfordshire', 'OX29': 'West Oxfordshire', 'OX14': 'Vale of White Horse', 'OX12': 'Vale of White Horse',
        'SN7': 'Vale of White Horse', 'OX11': 'South Oxfordshire', 'RG9': 'South Oxfordshire', 'OX9': 'South Oxfordshire',
        'HP17': 'Buckinghamshire', 'HP18': 'Buckinghamshire', 'HP11': 'Buckinghamshire', 'HP13': 'Buckinghamshire', 'HP20': 'Buckinghamshire',
        'HP21': 'Buckinghamshire', 'HP6': 'Buckinghamshire', 'HP7': 'Buckinghamshire', 'HP5': 'Buckinghamshire', 'HP16': 'Buckinghamshire',
        'SL7': 'Buckinghamshire', 'MK18': 'Buckinghamshire', 'MK9': 'Milton Keynes', 'MK6': 'Milton Keynes', 'MK2': 'Milton Keynes',
        'MK12': 'Milton Keynes', 'RG1': 'Reading', 'RG30': 'Reading', 'RG40': 'Wokingham', 'RG12': 'Bracknell Forest', 'RG14': 'West Berkshire',
        'RG17': 'West Berkshire', 'SL1': 'Slough', 'SL2': 'Slough', 'SL3': 'Slough', 'SL4': 'Windsor and Maidenhead', 'SL6': 'Windsor and Maidenhead',
        'UB8': 'Hillingdon', 'UB3': 'Hillingdon', 'UB1': 'Ealing', 'UB2': 'Ealing', 'W3': 'Ealing', 'TW3': 'Hounslow', 'TW13': 'Hounslow'}

# Service areas (names as a directory editor writes them; check.py decides what each covers).
SOX, VALE, WOX, CHER, OXC = 'South Oxfordshire', 'Vale of White Horse', 'West Oxfordshire District', 'Cherwell', 'Oxford City'
OXON, BUCKS, MKC = 'Oxfordshire', 'Buckinghamshire Council area', 'Milton Keynes City'
WBK, RDG, WOK, BFC, SLO, RBWM = 'West Berkshire', 'Reading Borough', 'Wokingham Borough', 'Bracknell Forest', 'Slough Borough', 'Royal Borough of Windsor and Maidenhead'
HIL, EAL, HOU, GLA = 'London Borough of Hillingdon', 'London Borough of Ealing', 'London Borough of Hounslow', 'Greater London'
BOB, FRIM, BLMK, NWL = 'NHS Buckinghamshire, Oxfordshire and Berkshire West ICB', 'NHS Frimley ICB', 'NHS Bedfordshire, Luton and Milton Keynes ICB', 'NHS North West London ICB'
TV, BERKS, BW = 'Thames Valley', 'Berkshire', 'Berkshire West'
SOW, CHAM = 'Vale and South Oxfordshire', 'HP5, HP6, HP7'

SERVICES = []
def S(name, org, where, needs, desc, fee='Free', area=None, mn=None, mx=None, alert=None, langs=(), sites=(), sched=None, elig=None):
    SERVICES.append({'name': name, 'org': org, 'where': where, 'needs': list(needs), 'desc': desc, 'fees': fee, 'area': area, 'min': mn,
                     'max': mx, 'alert': alert, 'langs': list(langs), 'sites': list(sites), 'sched': sched, 'elig': elig})
PA, UR, SO, PL, TA = ('Punjabi', 'pa'), ('Urdu', 'ur'), ('Somali', 'so'), ('Polish', 'pl'), ('Tamil', 'ta')
EN = ('English', 'en')

# ---------- South Oxfordshire: Thame, Towersey, Henley, Didcot; and the Bucks villages just over the border
S('Thame Bereavement Drop-in', 'Thame Community Care', 'thame', ['bereavement'], 'A quiet room, tea and trained volunteers for anyone who has lost someone. Come as often as you like.', fee='Donations welcome', sched='Second and fourth Wednesday, 2-4pm')
S("Thame Men's Breakfast Club", 'Thame Community Care', 'thame', ['loneliness', 'food'], 'Bacon roll, tea and company for men on their own. Many members are widowers.', fee='£4 for breakfast', sched='Saturdays 9-10.30am')
S('Thame Good Neighbours Lifts', 'Thame Good Neighbours', 'phone', ['transport'], 'Volunteer drivers take you to the surgery, hospital, shops or a club. Book two days ahead by phone.', fee='Mileage 45p a mile, paid to the driver', area=SOX)
S('Thame Lunch Club', 'Thame Community Care', 'thame', ['loneliness', 'food'], 'Two-course lunch for older people at the Town Hall.', fee='£6.50 a meal', alert='Closed while the Town Hall kitchen is refitted; we hope to reopen in spring.')
S('Thame Walking for Health', 'Thame Community Care', 'thame', ['physical_activity', 'loneliness'], 'Gentle led walks from the Town Hall, about an hour on the flat along the Phoenix Trail.', sched='Thursdays 10am')
S('Thame Carers Coffee Morning', 'Carers Oxfordshire', 'thame', ['carers'], 'Coffee and a chat with other unpaid carers; information on breaks and assessments.', sched='First Monday of the month, 10-12')
S('Haddenham Community Car Scheme', 'Haddenham Village Society', 'phone', ['transport'], 'Volunteer drivers for Haddenham and Cuddington residents: hospital, GP and shopping trips.', fee='Suggested donation, around 40p a mile', area=BUCKS)
S('Long Crendon Friendship Club', 'Long Crendon Village Society', 'crendon', ['loneliness'], 'Afternoon tea, quiz and bingo for older residents.', fee='£2.50 including tea', area=BUCKS)
S('Henley Bereavement Walk and Talk', 'Henley Wellbeing Network', 'henley', ['bereavement', 'physical_activity'], 'A slow walk by the river with others who are grieving, then coffee.', sched='Sundays 10.30am')
S('Henley Warm Welcome', 'Thames Valley Warm Welcome', 'henley', ['loneliness', 'food'], 'A warm room, soup and newspapers through the winter.', fee='FREE', sched='Tuesdays and Fridays 11am-3pm (November to March)')
S('Didcot Chair Based Exercise', 'Didcot Active Ageing', 'didcot', ['physical_activity', 'long_term_conditions'], 'Seated strength and balance exercise to music for people with health conditions.', fee='£3.50 a session', mn=55, elig='Over 55s')
S('Didcot Money Advice Surgery', 'Citizens Advice Vale and South Oxfordshire', 'didcot', ['money', 'housing'], 'Benefits, debt and housing advice by appointment or drop-in.', area=SOW)
S('Didcot Jobs and Skills Hub', 'Didcot Works', 'didcot', ['employment', 'learning'], 'CVs, applications and short courses for adults looking for work.', mn=19, elig='Aged 19+')
S('Oxfordshire Bereavement Phone Friends', 'Oxfordshire Bereavement Network', 'phone', ['bereavement', 'loneliness'], 'A weekly call from the same trained volunteer for as long as you need.', area=OXON)
S('Bereavement Online Circle Thames Valley', 'Thames Valley Bereavement Network', 'online', ['bereavement'], 'A small video group for people grieving a partner; cameras optional.', area=TV, sched='Thursdays 7-8.15pm (Zoom)')
S('Aylesbury Bereavement Group', 'Bucks Bereavement Support', 'aylesbury', ['bereavement'], 'Monthly support group led by a counsellor.', area=BUCKS)
S('South Oxfordshire Befriending Calls', 'Age Friendly South Oxfordshire', 'phone', ['loneliness'], 'A friendly weekly phone call from a volunteer.', area=SOX)

# ---------- Vale of White Horse: Wantage, Grove, Faringdon, Abingdon
S('Wantage Breathe Easy Group', 'Breathe Easy Vale', 'wantage', ['long_term_conditions', 'loneliness'], 'Support group for people with COPD and other lung conditions and the people close to them.', sched='Third Tuesday, 2-3.30pm')
S('Abingdon Pulmonary Rehab Follow-on Exercise', 'Vale Active Health', 'abingdon', ['physical_activity', 'long_term_conditions'], 'Supervised exercise for people who have finished pulmonary or cardiac rehab.', fee='£3 a class')
S('Wantage Library Digital Buddies', 'Vale Libraries Friends', 'wantage', ['digital'], 'One-to-one help with a phone, tablet or laptop; no question too basic. Devices to borrow.', sched='Fridays 10-12')
S('Vale Villages Wellbeing Roadshow', 'Vale Community Action', 'grove', ['physical_activity', 'loneliness'], 'Seated exercise, tea and a health check stand that tours the villages on a four-week rota: Grove (week 1), Faringdon (week 2), Lambourn (week 3, with West Berkshire).', sites=['faringdon', 'lambourn'], sched='Week 1 Grove Village Hall, Mon 10-12; week 2 Faringdon Pump House, Mon 10-12; week 3 Lambourn Memorial Hall, Mon 2-4')
S('Faringdon Strength and Balance', 'Vale Active Health', 'faringdon', ['physical_activity'], 'Falls prevention class.', fee='£4', alert='Suspended: instructor vacancy. Please ring to join the waiting list.')
S('Vale Money Matters Drop-in Abingdon', 'Citizens Advice Vale and South Oxfordshire', 'abingdon', ['money'], 'Benefits checks, energy and debt help.', area=SOW)
S('Abingdon Memory Cafe', 'Vale Dementia Friends', 'abingdon', ['long_term_conditions', 'carers'], 'A relaxed afternoon for people living with dementia and their carers.', fee='Donations welcome')
S('Wantage Men in Sheds', 'Vale Men in Sheds', 'wantage', ['loneliness', 'arts'], 'Woodwork, repairs and a brew for men (and some women) who like making things.', fee='Subs £2 a visit')
S('Grove Parent and Toddler Group', 'Grove Parish Church', 'grove', ['parenting'], 'Toys, songs and coffee for parents and carers of under-fives.', fee='£1.50 per family')
S('Vale Home Library Visits', 'Vale Libraries Friends', 'home', ['loneliness', 'learning'], 'Volunteers bring library books and audiobooks to people who cannot get out.', area=VALE)

# ---------- West Oxfordshire: Witney, Chipping Norton, Charlbury, Burford and the Wychwood villages
S('Wychwood Villages Digital Drop-in', 'West Oxfordshire Rural Links', 'ascott', ['digital'], 'A volunteer with a laptop, tablets and mobile data visits village halls on a rota to help with phones, email, NHS App and online shopping.', sites=['shipton', 'leafield', 'miltonw'], sched='Ascott-under-Wychwood Village Hall 1st and 3rd Thursday 10-12; Shipton Beaconsfield Hall 2nd Thursday 10-12; Leafield Village Hall 4th Thursday 10-12; Milton-under-Wychwood Village Hall 2nd Thursday 2-4')
S('Wychwood Villages Chair Exercise', 'West Oxfordshire Rural Links', 'shipton', ['physical_activity'], 'Seated exercise to music for older people; rota of village halls.', fee='£3 per class', sites=['miltonw'], sched='Shipton Beaconsfield Hall Tuesdays 10.30; Milton-under-Wychwood Village Hall Tuesdays 2pm')
S('Ascott Village Hall Coffee Morning', 'Ascott-under-Wychwood Village Hall Committee', 'ascott', ['loneliness'], 'Coffee, cake and chat; all welcome.', fee='Pay what you can', sched='Last Saturday of the month, 10-12')
S('West Oxfordshire Befriending Calls', 'West Oxfordshire Rural Links', 'phone', ['loneliness'], 'A weekly call from a volunteer for people living alone in the villages.', area=WOX)
S('Charlbury Walking for Health', 'Charlbury Community Centre', 'charlbury', ['physical_activity'], 'Led walks of 30-60 minutes around Charlbury and the Evenlode valley.', sched='Wednesdays 10am')
S('West Oxfordshire Online Digital Class', 'West Oxfordshire Rural Links', 'online', ['digital'], 'Weekly online lessons: email, video calls, staying safe online.', area=WOX)
S('Chipping Norton Tech Help', 'Chipping Norton Library Friends', 'chippy', ['digital'], 'Drop-in help with devices.', sched='Saturdays 10-12')
S('Witney Breathe Easy', 'Breathe Easy Vale', 'witney', ['long_term_conditions'], 'Lung health support group.', sched='First Friday, 2pm')
S('Witney Warm Welcome', 'Thames Valley Warm Welcome', 'witney', ['loneliness', 'food'], 'Warm space with soup and company.', fee='No charge', sched='Mondays 12-3')
S('Burford Good Neighbours', 'Burford Good Neighbours', 'phone', ['transport', 'loneliness'], 'Lifts, shopping and a friendly call for Burford and nearby villages.', fee='Donations welcome', area=WOX)
S('Chipping Norton Carers Group', 'Carers Oxfordshire', 'chippy', ['carers'], 'Peer support for unpaid carers.', sched='Second Tuesday 10.30-12')
S('Witney Foodbank', 'West Oxfordshire Foodbank', 'witney', ['food', 'money'], 'Emergency food parcels with a voucher from an agency.', fee='Free (voucher needed)')
S('Charlbury Community Choir', 'Charlbury Community Centre', 'charlbury', ['arts', 'loneliness'], 'No auditions, no reading music.', fee='£5 per session, first one free')

# ---------- Cherwell: Banbury, Bicester
S('Banbury Youth Art Space', 'Cherwell Youth Arts', 'banbury', ['arts', 'mental_health'], 'Drop-in art studio for young people: painting, comics, zines. Staff trained in youth mental health.', mn=13, mx=19, sched='Wednesdays 4-7pm and Saturdays 11-2')
S("Cherwell Young People's Drop-in Banbury", 'Oxfordshire Youth Support', 'banbury', ['mental_health'], 'Talk to a youth worker about anything: stress, exams, home, friends.', mn=11, mx=19, sched='Mondays and Thursdays 3.30-6pm')
S('Oxfordshire Youth Wellbeing Text Line', 'Oxfordshire Youth Support', 'phone', ['mental_health'], 'Text or call a trained youth worker. Not an emergency service.', mn=11, mx=25, area=OXON, sched='Daily 4pm-10pm')
S('Banbury Adult Art Therapy Group', 'Banbury Arts Therapies', 'banbury', ['arts', 'mental_health'], 'Art therapy group run by an HCPC-registered art therapist.', mn=18, elig='Adults (18 and over)')
S('Banbury Pottery Evenings', 'Banbury Clay Studio', 'banbury', ['arts'], 'Wheel and hand-building classes.', fee='£15 per session, clay included', sched='Tuesdays 7-9pm')
S('Bicester Youth Wellbeing Group', 'Oxfordshire Youth Support', 'bicester', ['mental_health'], 'Weekly group for young people feeling anxious or low.', mn=11, mx=18)
S('Banbury Youth Theatre', 'Banbury Youth Theatre', 'banbury', ['arts'], 'Drama for young people, with a show each term.', fee='£5 per term (bursaries available)', mn=11, mx=18)
S('Banbury Money Advice', 'Citizens Advice North Oxfordshire', 'banbury', ['money', 'housing'], 'Advice on benefits, debt and housing.', area=CHER)
S('Banbury Polish Community Club', 'Banbury Polish Association', 'banbury', ['loneliness', 'learning'], 'Coffee, advice and English conversation practice for Polish speakers.', langs=[PL, EN], fee='Free; members £10 a year optional')
S('Bicester Carers Group', 'Carers Oxfordshire', 'bicester', ['carers'], 'Monthly carers support meeting.')
S('Cherwell Home Exercise Visits', 'Cherwell Active Communities', 'home', ['physical_activity'], 'A trained volunteer visits to do gentle strength and balance exercises with you at home.', area=CHER, mn=60, elig='People aged 60 or over')

# ---------- Oxford City
S('Oxford City Active Lives Home Exercise', 'Oxford Active Lives', 'home', ['physical_activity', 'long_term_conditions'], 'Six home visits from an exercise instructor, then help to join a class.', area=OXC)
S('East Oxford Tamil Elders Group', 'Oxford Tamil Welfare Association', 'cowley', ['loneliness', 'long_term_conditions'], 'Tamil-speaking elders meet for lunch, yoga and health talks.', langs=[TA], fee='£3 lunch')
S('Leys Food and Money Hub', 'Leys Community Pantry', 'leys', ['food', 'money'], 'Community pantry and benefits advice.', fee='£3.50 for a shop worth around £15')
S('Oxford Homeless Day Centre', 'Oxford Street Link', 'oxford', ['housing', 'food'], 'Breakfast, showers and housing caseworkers.', sched='Mon-Fri 8am-1pm; Saturday 9-12')
S('Oxford Recovery Cafe', 'Oxford Recovery Network', 'cowley', ['alcohol_drugs', 'loneliness'], 'Alcohol- and drug-free cafe run by people in recovery.', sched='Fridays 6-9pm; Sundays 12-4')
S('Oxford Adult ESOL Drop-in', 'Oxford Community Learning', 'cowley', ['learning'], 'Free English classes for adults; creche on Tuesdays.', mn=19)
S('Oxford Bereavement Cafe', 'Oxfordshire Bereavement Network', 'oxford', ['bereavement'], 'Monthly cafe for bereaved people.', fee='Free (tea and cake included)')

# ---------- Reading, Wokingham, Bracknell (Berkshire West and East)
S('Reading Jobs Club', 'Reading Works', 'reading', ['employment'], 'Job search, CVs and interview practice.', area=RDG)
S('Reading Sight Loss Employment Hub', 'Berkshire Vision Works', 'reading', ['employment', 'digital'], 'Employment support and assistive technology training for blind and partially sighted adults.', mn=18)
S('Reading Tamil Community Centre Advice', 'Reading Tamil Welfare', 'readingw', ['money', 'loneliness'], 'Advice in Tamil and a weekly social.', langs=[TA, EN])
S('Reading Polish Parents Group', 'Reading Polish Saturday School', 'readingw', ['parenting', 'loneliness'], 'Parents and toddlers group in Polish.', langs=[PL], fee='£2 per family', sched='Saturdays 10-12')
S('Reading Evening Recovery Meeting', 'Reading Recovery Community', 'reading', ['alcohol_drugs'], 'Peer-led recovery meeting.', sched='Wednesdays 7.30-9pm')
S('Berkshire West Talking Therapies', 'NHS Talking Therapies Berkshire', 'phone', ['mental_health'], 'Self-refer for CBT and counselling for anxiety and low mood.', area=BW, mn=17, elig='17 and older')
S('Wokingham Borough Housing Advice', 'Wokingham Housing Help', 'phone', ['housing'], 'Housing advice line for Wokingham Borough residents.', area=WOK)
S('Bracknell Forest Money Advice', 'Citizens Advice Bracknell', 'bracknell', ['money'], 'Debt and benefits appointments.', area=BFC)
S('Bracknell Parkinson\'s Exercise', 'Bracknell Move More', 'bracknell', ['physical_activity', 'long_term_conditions'], 'Exercise class for people with Parkinson\'s.', fee='£4 per class (carers free)')
S('Berkshire Carers Phone Support', 'Berkshire Carers Service', 'phone', ['carers'], 'Support line for unpaid carers anywhere in Berkshire.', area=BERKS)

# ---------- West Berkshire: Newbury, Hungerford, Lambourn
S('Newbury Money Advice Drop-in', 'Citizens Advice West Berkshire', 'newbury', ['money', 'housing'], 'Drop-in advice on benefits, debt and rent arrears.', area=WBK, sched='Mondays and Wednesdays 10-1')
S('West Berkshire Jobs Hub Newbury', 'West Berkshire Works', 'newbury', ['employment', 'learning'], 'Job search support, CV help, free short courses.', mn=16, elig='16+')
S('West Berkshire Housing Options Line', 'West Berkshire Council Housing Options', 'phone', ['housing'], 'If you may lose your home, ring early: prevention advice and homeless applications.', area=WBK)
S('Hungerford Money Advice', 'Citizens Advice West Berkshire', 'hungerford', ['money'], 'Monthly outreach session in Hungerford.', area=WBK)
S('Newbury CV Workshop', 'Newbury Job Club', 'newbury', ['employment'], 'Two-hour workshop to write or update a CV.', fee='Free for residents of West Berkshire, £5 otherwise')
S('Newbury Debt Clinic (Solicitors)', 'Kennet Legal', 'newbury', ['money', 'housing'], 'Fixed-fee legal appointment on debt and possession claims.', fee='£40 fixed fee')
S('Newbury Tenants Forum', 'Newbury Tenants Forum', 'newbury', ['housing'], 'Meetings for private renters.', alert='The forum has closed; West Berkshire Housing Options can help with renting problems.')
S('Newbury Evening Recovery Group', 'West Berkshire Recovery', 'newbury', ['alcohol_drugs'], 'Peer recovery group.', sched='Thursdays 7-8.30pm')

# ---------- Slough, Windsor, Maidenhead (East Berkshire: Frimley ICB)
S('Slough Evening Recovery Group', 'Slough Recovery Community', 'slough', ['alcohol_drugs', 'mental_health'], 'Peer-led group for anyone wanting to cut down or stop drinking or using; no need to be abstinent.', area=SLO, sched='Tuesdays 7-9pm')
S('Slough Recovery Morning Group', 'Slough Recovery Community', 'slough', ['alcohol_drugs'], 'Weekday morning recovery group.', area=SLO, alert='Not running at present; please use the Tuesday evening group.')
S('Langley Saturday Recovery Walk', 'Slough Recovery Community', 'langley', ['alcohol_drugs', 'physical_activity'], 'A walk and coffee with people in recovery, from Langley Park.', sched='Saturdays 10am')
S('Frimley Talking Therapies Evening Clinics', 'NHS Talking Therapies East Berkshire', 'phone', ['mental_health', 'alcohol_drugs'], 'Phone CBT and counselling with evening and Saturday appointments for people who work shifts.', area=FRIM, mn=16, elig='16 or over', sched='Mon-Thu 5-9pm; Saturdays 9-1')
S('Maidenhead Recovery Group', 'Windsor and Maidenhead Recovery', 'maidenhead', ['alcohol_drugs'], 'Weekly peer recovery group.', area=RBWM)
S('Slough Youth Substance Support', 'Slough Young People\'s Service', 'slough', ['alcohol_drugs'], 'Confidential support about drink and drugs for young people.', mx=24, elig='Under 25s only', area=SLO)
S('Slough Mothers Wellbeing Group', 'Slough Family Hubs', 'britwell', ['parenting', 'mental_health'], 'For mums with babies who are finding things hard. Urdu and Punjabi spoken.', area=SLO, langs=[UR, PA, EN])
S('Slough Accessible Tech Cafe', 'Berkshire Vision Works', 'slough', ['digital'], 'Try out screen readers, magnifiers and talking phones.')
S('Maidenhead Sight Loss Digital Group', 'Windsor and Maidenhead Sight Loss', 'maidenhead', ['digital', 'loneliness'], 'Monthly group learning to use smartphones with sight loss.', area=RBWM)
S('Frimley Work and Health Line', 'East Berkshire Work and Health', 'phone', ['employment'], 'Employment advisers for people with health conditions or disabilities.', area=FRIM)
S('Slough Somali Family Advice', 'Slough Somali Community', 'slough', ['money', 'housing'], 'Advice on benefits and housing in Somali.', langs=[SO, EN], area=SLO)
S('Windsor Mindfulness Course', 'Windsor Wellbeing', 'windsor', ['mental_health'], 'Eight-week course.', fee='£60 for the course (concessions £30)')
S('Langley Warm Welcome', 'Thames Valley Warm Welcome', 'langley', ['loneliness', 'food'], 'Warm room and hot drinks.', fee='£0')

# ---------- High Wycombe, Marlow, Amersham, Chesham, Great Missenden, Aylesbury, Buckingham (Buckinghamshire Council)
S('Wycombe Urdu Mums Wellbeing Circle', 'Wycombe Women\'s Network', 'totteridge', ['parenting', 'mental_health'], 'Mums with babies and toddlers meet with a bilingual health visitor. Children welcome in the room.', langs=[UR, EN], sched='Tuesdays 10-12 (term time)')
S('Wycombe ESOL for Women with Creche', 'Wycombe Women\'s Network', 'wycombe', ['learning'], 'English classes for women at Entry levels 1-3, with a free creche.', mn=19, elig='Adults 19+')
S('Bucks Perinatal Peer Support Line', 'Bucks Mums Matter', 'phone', ['mental_health', 'parenting'], 'Talk to a mum who has been through it. Calls in English, Urdu and Punjabi.', area=BUCKS, langs=[EN, UR, PA])
S('Desborough Family Centre Stay and Play', 'Bucks Family Centres', 'wycombe', ['parenting'], 'Play sessions for under-fives with family support workers on hand.', fee='No fee')
S('Wycombe Baby Massage Course', 'Little Hands Wycombe', 'wycombe', ['parenting'], 'Five-week baby massage course.', fee='£30 for 5 weeks')
S('Aylesbury Urdu Women\'s Group', 'Aylesbury Asian Women\'s Forum', 'aylesburys', ['mental_health', 'loneliness'], 'Urdu-speaking women meet for tea and wellbeing talks.', langs=[UR])
S('Wycombe Adult Learning English Courses', 'Bucks Adult Learning', 'wycombe', ['learning'], 'Accredited ESOL courses.', fee='£120 per term; fee waived for learners on means-tested benefits')
S('Bucks Young Parents Group', 'Bucks Family Centres', 'totteridge', ['parenting'], 'For parents aged 16 to 24.', mn=16, mx=24)
S('Wycombe Sight Loss Tech Drop-in', 'Bucks Vision', 'wycombe', ['digital'], 'Help to set up VoiceOver, TalkBack, magnification and smart speakers.', sched='First and third Wednesday, 10-1')
S('Marlow Library Digital Help', 'Bucks Libraries', 'marlow', ['digital'], 'One-to-one help with phones and tablets; large-print guides.', sched='Thursdays 2-4')
S('Bucks Employment Support for Disabled People', 'Bucks Works', 'phone', ['employment'], 'Phone and video employment coaching for disabled people, including help to ask for reasonable adjustments.', area=BUCKS)
S('Marlow Computer Classes', 'Marlow Learning Centre', 'marlow', ['digital', 'learning'], 'Beginners\' computer course.', fee='£8 per lesson')
S('Chiltern Home Visiting Befrienders', 'Chiltern Befrienders', 'home', ['loneliness'], 'A regular visit at home from the same volunteer. Volunteers can write notes for people with hearing loss.', area=BUCKS)
S('Bucks Community Heart Failure Nurse Visits', 'Bucks Community Health', 'home', ['long_term_conditions'], 'Specialist nurses visit people with heart failure at home to review medicines and symptoms.', area=BUCKS, mn=18)
S('Chesham Lunch Club', 'Chesham Community Care', 'chesham', ['loneliness', 'food'], 'Weekly lunch and bingo.', fee='£6 for lunch and pudding')
S('Bucks Befriending Phone Calls', 'Chiltern Befrienders', 'phone', ['loneliness'], 'Weekly friendly phone call.', area=BUCKS)
S('Chiltern Home Library Service', 'Bucks Libraries', 'home', ['loneliness', 'learning'], 'Books delivered to your door.', area=BUCKS, alert='No new referrals until March while we recruit volunteers.')
S('Heart Failure Phone Coaching Bucks', 'Bucks Community Health', 'phone', ['long_term_conditions'], 'Phone coaching after a heart failure diagnosis.', area=BUCKS)
S('Bucks Strength and Balance Phone Coaching', 'Bucks Falls Prevention', 'phone', ['physical_activity'], 'Weekly phone calls to coach you through a home exercise plan.', area=BUCKS, mn=65, elig='For people 65 and older')
S('Amersham Memory Cafe', 'Chiltern Dementia Support', 'oldamersham', ['long_term_conditions', 'carers'], 'Memory cafe for people with dementia and carers.', area=CHAM)
S('Chesham and Amersham Warm Welcome', 'Thames Valley Warm Welcome', 'chesham', ['loneliness', 'food'], 'Warm space, soup and a chat.', fee='Free of charge', area=CHAM)
S('Great Missenden Walking Group', 'Missenden Walkers', 'missenden', ['physical_activity', 'loneliness'], 'Chiltern walks of 3-5 miles; some hills.', fee='Subs £10 a year')
S('Buckinghamshire Carers Support Line', 'Carers Bucks', 'phone', ['carers'], 'Advice line for unpaid carers.', area=BUCKS)
S('Buckingham Carers Coffee Morning', 'Carers Bucks', 'buckingham', ['carers', 'loneliness'], 'Coffee for carers in the north of the county.')
S('Aylesbury Recovery Cafe', 'Bucks Recovery Community', 'aylesbury', ['alcohol_drugs'], 'Peer recovery cafe.', sched='Saturdays 11-3')
S('Wycombe Housing Advice', 'Citizens Advice Bucks', 'wycombe', ['housing', 'money'], 'Housing and money advice.', area=BUCKS)
S('Wycombe Youth Counselling', 'Bucks Youth Counselling', 'wycombe', ['mental_health'], 'Free counselling for 11-25 year olds.', mn=11, mx=25, area=BUCKS)

# ---------- Milton Keynes City
S('MK Carers Cafe Bletchley', 'Carers MK', 'bletchley', ['carers', 'loneliness'], 'Carers meet for coffee and a chat; a volunteer can sit with the person you care for in the next room.', area=MKC, sched='Second and fourth Thursday, 10-12')
S('Milton Keynes Carers Phone Support', 'Carers MK', 'phone', ['carers'], 'Carers support line, carers assessments and emergency card.', area=MKC)
S("Parkinson's Carers Online Group Thames Valley", "Thames Valley Parkinson's Network", 'online', ['carers', 'long_term_conditions'], 'A video group for partners and family caring for someone with Parkinson\'s.', area=TV, sched='First Tuesday 7.30pm (video)')
S('Central MK Men\'s Shed', 'MK Men in Sheds', 'mk', ['loneliness', 'arts'], 'Workshop, tools and tea.', fee='Subs £3 a week')
S('Wolverton Carers Group', 'Carers MK', 'wolverton', ['carers'], 'Carers group in Wolverton.', area=MKC)
S('MK Carers Lunch Club', 'Carers MK', 'fishermead', ['carers', 'loneliness'], 'Monthly lunch for carers.', area=MKC, alert='Cancelled for the rest of the year; the venue has closed.')
S('BOB Carers Wellbeing Calls', 'BOB Carers Partnership', 'phone', ['carers', 'mental_health'], 'Wellbeing calls for unpaid carers across Buckinghamshire, Oxfordshire and Berkshire West.', area=BOB)
S('Milton Keynes Home Befriending', 'MK Community Befrienders', 'home', ['loneliness'], 'Home visits from a befriender.', area=MKC)
S('Bletchley Money Advice', 'Citizens Advice MK', 'bletchley', ['money', 'housing'], 'Benefits and debt advice.', area=MKC)
S('MK Polish Advice Cafe', 'MK Polish Community', 'fishermead', ['money', 'loneliness'], 'Advice and coffee in Polish.', langs=[PL])
S('BLMK Talking Therapies Line', 'NHS Talking Therapies MK', 'phone', ['mental_health'], 'Self-referral talking therapies.', area=BLMK, mn=18)

# ---------- Hillingdon: Uxbridge, Hayes
S('Hayes Somali Community Advice Surgery', 'Hillingdon Somali Welfare', 'hayes', ['housing', 'money'], 'Somali-speaking caseworkers help with temporary accommodation, housing applications and benefits letters.', area=HIL, langs=[SO, EN], sched='Tuesdays and Thursdays 10-2; Saturdays 11-1')
S('Hillingdon Money Advice Phone Line', 'Hillingdon Money Matters', 'phone', ['money'], 'Benefits and debt advice by phone; interpreters on request.', area=HIL)
S('Hayes Food and Benefits Hub', 'Botwell Community Pantry', 'hayes', ['food', 'money'], 'Pantry, energy vouchers and a benefits adviser.', fee='Free (bring a bag)')
S('Uxbridge Housing Advice Drop-in', 'Hillingdon Housing Aid', 'uxbridge', ['housing'], 'Drop-in housing advice.', area=HIL)
S('Hayes Housing Law Surgery', 'Botwell Legal Practice', 'hayes', ['housing'], 'Solicitor appointments on housing law.', fee='£50 initial consultation')
S('Uxbridge Recovery Cafe', 'Hillingdon Recovery Community', 'uxbridge', ['alcohol_drugs', 'loneliness'], 'Recovery cafe for Hillingdon residents.', area=HIL, sched='Fridays 6-9pm; Sundays 1-4pm')
S('Hayes Punjabi Seniors Group', 'Hayes Asian Elders', 'hayes', ['loneliness', 'long_term_conditions'], 'Punjabi-speaking elders meet for chair yoga and lunch.', area=HIL, langs=[PA], fee='£2.50 lunch')
S('Hillingdon Diabetes Phone Coaching', 'Hillingdon Health Coaches', 'phone', ['long_term_conditions'], 'Phone coaching for type 2 diabetes; Punjabi and Hindi speakers.', area=HIL, langs=[PA, EN])
S('Uxbridge Young Carers Club', 'Hillingdon Carers', 'uxbridge', ['carers'], 'Young carers club.', mn=8, mx=17, area=HIL)
S('Hayes Tamil Community Centre', 'Hayes Tamil Association', 'hayes', ['loneliness', 'learning'], 'Tamil classes and a social for all ages.', langs=[TA], fee='Classes £5; social free')

# ---------- Ealing: Southall, Acton
S('Southall Somali Women\'s Advice', 'Ealing Somali Women\'s Union', 'southall2', ['housing', 'money'], 'Somali-speaking advice on housing and benefits.', area=EAL, langs=[SO])
S('Ealing Housing Advice Line', 'Ealing Housing Help', 'phone', ['housing'], 'Housing advice for Ealing residents.', area=EAL)
S('West London Benefits Online Clinic', 'West London Advice Partnership', 'online', ['money'], 'Video appointments with a benefits adviser.', area=GLA)
S('Southall Punjabi Diabetes Group', 'Southall Community Health Forum', 'southall', ['long_term_conditions'], 'Monthly group with a diabetes nurse and a dietitian, in Punjabi. Blood pressure checks.', area=EAL, langs=[PA, EN], sched='First Saturday, 11am-1pm')
S('Southall Gurdwara Seniors Lunch Club', 'Southall Seniors Seva', 'southall', ['loneliness', 'food'], 'Lunch and company for elders; Punjabi, Hindi and Urdu spoken.', fee='Langar is free; donations welcome', langs=[PA, UR])
S('Ealing Punjabi Befriending Calls', 'Ealing Age Friends', 'phone', ['loneliness'], 'Weekly calls from a Punjabi-speaking volunteer.', area=EAL, langs=[PA])
S('Southall Park Gentle Walks', 'Southall Community Health Forum', 'southall', ['physical_activity'], 'Slow 30-minute walks round Southall Park with benches on the way; Punjabi-speaking walk leader.', langs=[PA, EN], sched='Mondays and Fridays 10am')
S('Diabetes Online Learning West London', 'NWL Diabetes Education', 'online', ['long_term_conditions'], 'Online course about living with type 2 diabetes.', area=NWL)
S('Southall Seniors Exercise Class', 'Southall Seniors Seva', 'southall2', ['physical_activity'], 'Chair exercise for elders.', alert='Paused: hall closed for repairs.')
S('Acton Carers Hub', 'Carers Network Ealing', 'acton', ['carers'], 'Drop-in for unpaid carers.', area=EAL)
S('Acton Recovery Evening', 'Ealing Recovery Community', 'acton', ['alcohol_drugs'], 'Peer recovery meeting.', sched='Mondays 7pm')

# ---------- Hounslow: Hounslow, Feltham
S('Hounslow Punjabi Yoga', 'Hounslow Wellbeing Collective', 'hounslow', ['physical_activity', 'long_term_conditions'], 'Gentle yoga in Punjabi.', langs=[PA], fee='£2 per class')
S('Feltham Warm Welcome', 'Thames Valley Warm Welcome', 'feltham', ['loneliness', 'food'], 'Warm space for the winter.', fee='No charge', area=HOU)
S('Hounslow Somali Parents Group', 'Hounslow Somali Families', 'hounslow', ['parenting'], 'Parents group in Somali.', langs=[SO], area=HOU)
S('Feltham Money Advice', 'Citizens Advice Hounslow', 'feltham', ['money', 'housing'], 'Advice sessions.', area=HOU)
S('Feltham Recovery Group', 'Hounslow Recovery', 'feltham', ['alcohol_drugs'], 'Recovery group.', area=HOU, alert='Moved online; see Thames Valley Recovery Online Weekend.')

# ---------- several sites in one record (outreach at fixed venues and village rotas); labels carry the FIRST site
S('Hillingdon Money Advice Outreach', 'Hillingdon Money Matters', 'uxbridge', ['money'], 'Benefits and debt advisers at the Civic Centre and at Botwell Green; same advisers, same booking line.', area=HIL, sites=['hayes'], sched='Uxbridge Civic Centre Mondays 10-3; Hayes, Botwell Green Wednesdays 10-3')
S('Chiltern Villages Mobile Library Social', 'Bucks Libraries', 'missenden', ['loneliness', 'learning'], 'The mobile library van stops for an hour with tea, large-print books and a chat; rota of Chiltern villages and towns.', area=BUCKS, sites=['chesham', 'oldamersham'], sched='Great Missenden (Link Road car park) Tuesdays 10-11; Chesham (Broad Street) Tuesdays 2-3; Amersham Old Town (Market Hall) Thursdays 10-11')
S('West Berkshire Village Agents Surgeries', 'West Berkshire Rural Links', 'hungerford', ['money', 'loneliness'], 'A village agent helps with forms, benefits, blue badges and finding local groups, at rotating surgeries.', area=WBK, sites=['lambourn', 'newbury'], sched='Hungerford Corn Exchange 1st Monday 10-12; Lambourn Memorial Hall 2nd Monday 10-12; Newbury Corn Exchange Studio 3rd Monday 2-4')
S('Bucks Carers Roadshow', 'Carers Bucks', 'aylesbury', ['carers'], 'Carers advisers at a different town each week: carers assessments, breaks, emergency plans.', area=BUCKS, sites=['wycombe', 'buckingham', 'chesham'], sched='Aylesbury week 1; High Wycombe week 2; Buckingham week 3; Chesham week 4 (Wednesdays 10-2)')

# ---------- region-wide, phone and online
S('Thames Valley Recovery Online Weekend', 'Thames Valley Recovery Network', 'online', ['alcohol_drugs', 'mental_health'], 'Video recovery meetings at weekends for people who work during the week or do shifts.', area=TV, mn=18, elig='Over-18s', sched='Saturdays and Sundays 6-7.30pm (video)')
S('BOB Alcohol Advice Line', 'BOB Alcohol Services', 'phone', ['alcohol_drugs'], 'Alcohol advice and referral to treatment.', area=BOB)
S('Online Breathe Easy Thames Valley', 'Breathe Easy Vale', 'online', ['long_term_conditions'], 'Online lung health group.', area=TV)
S('Thames Valley Sight Loss Work Coaching Online', 'Thames Valley Vision', 'online', ['employment'], 'Video coaching on job search and adjustments for people with sight loss; screen-reader friendly.', area=TV)
S('Deaf Seniors Online Coffee', 'Chiltern Deaf Centre', 'online', ['loneliness'], 'Weekly video coffee morning with live captions and BSL; text chat too. No phone needed: join by link.', sched='Wednesdays 11am (video, captions)')
S('Oxfordshire Carers Online Group', 'Carers Oxfordshire', 'online', ['carers'], 'Evening video group for carers.', area=OXON, sched='Tuesdays 8pm')
S('Thames Valley Befriending Phone', 'Thames Valley Age Friends', 'phone', ['loneliness', 'bereavement'], 'Weekly phone calls for older people.', area=TV, mn=60, elig='60+')
S('Bucks Youth Counselling Online', 'Bucks Youth Counselling', 'online', ['mental_health'], 'Online counselling for young people in Bucks.', area=BUCKS, mn=11, mx=25)
S('Oxfordshire Community Transport Line', 'Oxfordshire Community Transport', 'phone', ['transport'], 'Book minibus trips to shops and clinics.', fee='Fares from £3 each way', area=OXON)
S('Berkshire Dial-a-Ride', 'Berkshire Community Transport', 'phone', ['transport'], 'Door-to-door minibus for people who cannot use buses.', fee='£2.50 single, £4 return', area=BERKS)
S('Thames Valley Grief Line', 'Thames Valley Bereavement Network', 'phone', ['bereavement'], 'A listening line for bereaved adults.', sched='Mon-Fri 10am-4pm; Tues and Thurs evenings 6-9pm')
S('Greater London Online Debt Advice', 'London Money Help', 'online', ['money'], 'Online debt advice.', area=GLA)
S('NWL Talking Therapies Evenings', 'NHS Talking Therapies North West London', 'phone', ['mental_health'], 'Evening phone therapy.', area=NWL, sched='Mon-Thu 5-8pm')

PEOPLE = [
 {'id': 'tv-01', 'age': 81, 'area': 'just outside Thame',
  'story': 'Ken is 81 and lives in Towersey, a small village just east of Thame. His wife Pat died in September. He gave up driving last year and his son lives in Manchester.',
  'needs': ['bereavement', 'loneliness', 'transport'], 'barriers': ['transport', 'rural', 'digital'],
  'mattersMost': 'Getting out of the house and talking to someone who knew what it was like.',
  'goals': ['talk to people who have lost someone', 'a reason to go into Thame each week', 'a way to get to the surgery without asking the neighbours'],
  'notes': 'No car now. The bus into Thame is fine, it is about two miles; Aylesbury is too far. Landline and mobile, never used a computer and does not want to.',
  'truth': {'lat': 51.7395, 'lon': -0.9440, 'place': 'Towersey, just outside Thame OX9', 'maxTravelKm': 4, 'mustBeFree': False, 'remoteOk': True, 'avoidModes': ['online'],
   'expectSomething': ['Thame Bereavement Drop-in', "Thame Men's Breakfast Club", 'Thame Good Neighbours Lifts', 'Oxfordshire Bereavement Phone Friends'],
   'mustNotSuggest': ['Haddenham Community Car Scheme', 'Long Crendon Friendship Club', 'Aylesbury Bereavement Group', 'Bereavement Online Circle Thames Valley', 'Thame Lunch Club']}},
 {'id': 'tv-02', 'age': 34, 'area': 'Wycombe',
  'story': 'Sadia is 34 and had her second baby four months ago. She lives in Totteridge, High Wycombe. Her first language is Urdu; she understands some English but gets anxious speaking it.',
  'needs': ['mental_health', 'parenting', 'learning'], 'barriers': ['language', 'childcare', 'cost', 'confidence'],
  'mattersMost': 'Feeling like myself again and being able to talk to the school and the doctor myself.',
  'goals': ['meet other mums who speak Urdu', 'English classes where I can bring the baby', 'somewhere for the toddler to play'],
  'notes': 'No car; walks with the pram or takes the bus into town, two miles at most. Money is very tight, it has to be free. Phone is fine, especially in Urdu.',
  'truth': {'lat': 51.6365, 'lon': -0.7265, 'place': 'Totteridge, High Wycombe HP13', 'maxTravelKm': 3, 'mustBeFree': True, 'remoteOk': True, 'avoidModes': [],
   'expectSomething': ['Wycombe Urdu Mums Wellbeing Circle', 'Wycombe ESOL for Women with Creche', 'Bucks Perinatal Peer Support Line', 'Desborough Family Centre Stay and Play'],
   'mustNotSuggest': ['Wycombe Baby Massage Course', 'Wycombe Adult Learning English Courses', 'Aylesbury Urdu Women\'s Group', 'Slough Mothers Wellbeing Group', 'Bucks Young Parents Group']}},
 {'id': 'tv-03', 'age': 44, 'area': 'UB3',
  'story': 'Hodan is 44 and lives with her three children in temporary accommodation in Hayes. The council has written about moving them; she also has a benefits overpayment letter she does not understand.',
  'needs': ['housing', 'money'], 'barriers': ['language', 'cost', 'digital'],
  'mattersMost': 'Keeping the children at the same school.',
  'goals': ['someone who speaks Somali to explain the letters', 'help with the housing move', 'sort out the overpayment'],
  'notes': 'Somali first language. Buses with an Oyster card, up to about three miles. No laptop, only a basic phone; will not do video calls. Cannot pay for advice.',
  'truth': {'lat': 51.5035, 'lon': -0.4215, 'place': 'Hayes UB3 (London Borough of Hillingdon)', 'maxTravelKm': 5, 'mustBeFree': True, 'remoteOk': True, 'avoidModes': ['online'],
   'expectSomething': ['Hayes Somali Community Advice Surgery', 'Hillingdon Money Advice Phone Line', 'Hayes Food and Benefits Hub'],
   'mustNotSuggest': ['Southall Somali Women\'s Advice', 'Ealing Housing Advice Line', 'Uxbridge Housing Advice Drop-in', 'West London Benefits Online Clinic', 'Hayes Housing Law Surgery', 'Slough Somali Family Advice']}},
 {'id': 'tv-04', 'age': 58, 'area': 'Vale of White Horse',
  'story': 'Martin is 58, a former lorry driver who lives in Grove, near Wantage, and has COPD. He was discharged from pulmonary rehab and wants to keep going. He has a smartphone from his son he cannot use.',
  'needs': ['long_term_conditions', 'physical_activity', 'digital'], 'barriers': ['mobility', 'digital', 'transport'],
  'mattersMost': 'Being able to walk to the shop without stopping.',
  'goals': ['keep up the exercise from rehab', 'meet others with COPD', 'learn to use the phone to see my grandchildren'],
  'notes': 'Breathless on hills. His son drives him on Mondays and Fridays: Wantage, or Abingdon at a push (about 8 miles), not Oxford or Witney. Does not want anything online until he can use the phone. Can afford a few pounds.',
  'truth': {'lat': 51.6085, 'lon': -1.4225, 'place': 'Grove, near Wantage OX12 (Vale of White Horse)', 'maxTravelKm': 14, 'mustBeFree': False, 'remoteOk': True, 'avoidModes': ['online'],
   'expectSomething': ['Wantage Breathe Easy Group', 'Abingdon Pulmonary Rehab Follow-on Exercise', 'Wantage Library Digital Buddies', 'Vale Villages Wellbeing Roadshow'],
   'mustNotSuggest': ['Witney Breathe Easy', 'Oxford City Active Lives Home Exercise', 'Online Breathe Easy Thames Valley', 'Faringdon Strength and Balance', 'Bucks Strength and Balance Phone Coaching']}},
 {'id': 'tv-05', 'age': 27, 'area': 'Langley, Slough',
  'story': 'Dev is 27 and works early shifts loading aircraft at Heathrow (4am to 12.30pm). He has been drinking most afternoons since a break-up and his GP is worried about his liver tests and mood.',
  'needs': ['alcohol_drugs', 'mental_health'], 'barriers': ['work hours', 'stigma'],
  'mattersMost': 'Keeping my job.',
  'goals': ['a group I can get to after work or at weekends', 'someone to talk to about the low mood', 'no one from work finding out'],
  'notes': 'Works early shifts Monday to Friday, so evenings and weekends only. Has a car but would rather not drive far; up to about five miles. Fine on the phone or video.',
  'truth': {'lat': 51.5045, 'lon': -0.5460, 'place': 'Langley, Slough SL3', 'maxTravelKm': 8, 'mustBeFree': False, 'remoteOk': True, 'avoidModes': [],
   'expectSomething': ['Slough Evening Recovery Group', 'Frimley Talking Therapies Evening Clinics', 'Thames Valley Recovery Online Weekend', 'Langley Saturday Recovery Walk'],
   'mustNotSuggest': ['Uxbridge Recovery Cafe', 'BOB Alcohol Advice Line', 'Slough Recovery Morning Group', 'Maidenhead Recovery Group', 'Slough Youth Substance Support', 'Berkshire West Talking Therapies', 'NWL Talking Therapies Evenings']}},
 {'id': 'tv-06', 'age': 16, 'area': 'banbury',
  'story': 'Ella is 16, in year 12 at a Banbury college. She has panic attacks and has stopped going out with friends. She used to love drawing.',
  'needs': ['mental_health', 'arts'], 'barriers': ['anxiety', 'cost', 'confidence'],
  'mattersMost': 'Not feeling scared all the time.',
  'goals': ['somewhere calm to draw with other people my age', 'someone to talk to when it gets bad'],
  'notes': 'Lives near the town centre, walks everywhere, a couple of kilometres. No money of her own; it must be free. Texting is easier than talking.',
  'truth': {'lat': 52.0600, 'lon': -1.3450, 'place': 'Banbury OX16', 'maxTravelKm': 3, 'mustBeFree': True, 'remoteOk': True, 'avoidModes': [],
   'expectSomething': ['Banbury Youth Art Space', "Cherwell Young People's Drop-in Banbury", 'Oxfordshire Youth Wellbeing Text Line'],
   'mustNotSuggest': ['Banbury Adult Art Therapy Group', 'Banbury Pottery Evenings', 'Bicester Youth Wellbeing Group', 'Bucks Youth Counselling Online', 'Banbury Youth Theatre']}},
 {'id': 'tv-07', 'age': 69, 'area': 'Bletchley MK2',
  'story': 'Graham is 69 and cares for his wife Sue, who has Parkinson\'s. He has stopped seeing his friends from the golf club and is exhausted.',
  'needs': ['carers', 'loneliness'], 'barriers': ['caring'],
  'mattersMost': 'A couple of hours a week that are mine.',
  'goals': ['talk to other carers', 'get out of the house for something of my own', 'know what help there is'],
  'notes': 'Drives, but cannot leave Sue for more than two hours, so nowhere further than central Milton Keynes (about 3-4 miles). Phone and video fine, evenings best.',
  'truth': {'lat': 51.9960, 'lon': -0.7360, 'place': 'Bletchley MK2 (Milton Keynes City)', 'maxTravelKm': 6, 'mustBeFree': False, 'remoteOk': True, 'avoidModes': [],
   'expectSomething': ['MK Carers Cafe Bletchley', 'Milton Keynes Carers Phone Support', "Parkinson's Carers Online Group Thames Valley", "Central MK Men's Shed"],
   'mustNotSuggest': ['Buckinghamshire Carers Support Line', 'BOB Carers Wellbeing Calls', 'Buckingham Carers Coffee Morning', 'Wolverton Carers Group', 'MK Carers Lunch Club']}},
 {'id': 'tv-08', 'age': 71, 'area': 'Southall',
  'story': 'Gurdev is 71, has type 2 diabetes and arthritis in both knees, and lives with his son\'s family near South Road, Southall. Since his wife died he mostly stays in.',
  'needs': ['long_term_conditions', 'loneliness', 'physical_activity'], 'barriers': ['language', 'mobility'],
  'mattersMost': 'Seeing my grandson grow up.',
  'goals': ['understand my diabetes, in Punjabi', 'company with people my age', 'some gentle exercise'],
  'notes': 'Punjabi first language, little English. Walks slowly with a stick, about a kilometre; does not take buses alone. Uses the phone but not the internet.',
  'truth': {'lat': 51.5120, 'lon': -0.3740, 'place': 'Southall UB1 (London Borough of Ealing)', 'maxTravelKm': 1.5, 'mustBeFree': False, 'remoteOk': True, 'avoidModes': ['online'],
   'expectSomething': ['Southall Punjabi Diabetes Group', 'Southall Gurdwara Seniors Lunch Club', 'Ealing Punjabi Befriending Calls', 'Southall Park Gentle Walks'],
   'mustNotSuggest': ['Hayes Punjabi Seniors Group', 'Diabetes Online Learning West London', 'Hounslow Punjabi Yoga', 'Southall Seniors Exercise Class', 'Hillingdon Diabetes Phone Coaching', 'Thames Valley Befriending Phone']}},
 {'id': 'tv-09', 'age': 52, 'area': 'Marlow',
  'story': 'Claire is 52 and has macular degeneration; she had to give up her job as a bookkeeper when she could no longer read the screen. She lives in Marlow.',
  'needs': ['employment', 'digital'], 'barriers': ['hearing', 'transport', 'cost'],
  'mattersMost': 'Working again.',
  'goals': ['learn to use a screen reader and my phone', 'find out what work I could do with sight loss'],
  'notes': 'Sight loss (central vision): cannot drive or read print. Takes the bus to High Wycombe or Maidenhead, about five miles, not further. On Universal Credit: needs to be free.',
  'truth': {'lat': 51.5720, 'lon': -0.7740, 'place': 'Marlow SL7 (Buckinghamshire)', 'maxTravelKm': 8, 'mustBeFree': True, 'remoteOk': True, 'avoidModes': [],
   'expectSomething': ['Wycombe Sight Loss Tech Drop-in', 'Marlow Library Digital Help', 'Bucks Employment Support for Disabled People', 'Thames Valley Sight Loss Work Coaching Online'],
   'mustNotSuggest': ['Maidenhead Sight Loss Digital Group', 'Frimley Work and Health Line', 'Marlow Computer Classes', 'Slough Accessible Tech Cafe', 'Reading Sight Loss Employment Hub']}},
 {'id': 'tv-10', 'age': 38, 'area': 'Newbury',
  'story': 'Tomasz is 38 and was made redundant from a warehouse job in October. He is two months behind on rent and has a Section 21 notice.',
  'needs': ['money', 'housing', 'employment'], 'barriers': ['cost'],
  'mattersMost': 'Not losing the flat.',
  'goals': ['advice about the notice', 'help with Universal Credit', 'a new job'],
  'notes': 'Lives in central Newbury; walks or cycles, up to about four miles. Cannot pay for anything. Phone and online fine.',
  'truth': {'lat': 51.3990, 'lon': -1.3200, 'place': 'Newbury RG14 (West Berkshire)', 'maxTravelKm': 6, 'mustBeFree': True, 'remoteOk': True, 'avoidModes': [],
   'expectSomething': ['Newbury Money Advice Drop-in', 'West Berkshire Jobs Hub Newbury', 'West Berkshire Housing Options Line'],
   'mustNotSuggest': ['Reading Jobs Club', 'Hungerford Money Advice', 'Wokingham Borough Housing Advice', 'Newbury Debt Clinic (Solicitors)', 'Newbury Tenants Forum', 'Greater London Online Debt Advice']}},
 {'id': 'tv-11', 'age': 86, 'area': 'Chesham HP5',
  'story': 'Joan is 86 and lives alone in Chesham. She has heart failure and severe hearing loss, and has not left the house since a fall in the summer.',
  'needs': ['loneliness', 'long_term_conditions'], 'barriers': ['hearing', 'mobility'],
  'mattersMost': 'Company, and not ending up in hospital again.',
  'goals': ['a visitor', 'keep on top of the heart failure at home', 'something to look forward to each week'],
  'notes': 'Housebound. Cannot use the telephone at all (severe hearing loss, no hearing aid works on the phone). Her grandson set up a tablet; she can join a video call with captions and type messages.',
  'truth': {'lat': 51.7080, 'lon': -0.6150, 'place': 'Chesham HP5 (Buckinghamshire)', 'maxTravelKm': 0, 'mustBeFree': False, 'remoteOk': True, 'avoidModes': ['in_person', 'phone'],
   'expectSomething': ['Chiltern Home Visiting Befrienders', 'Bucks Community Heart Failure Nurse Visits', 'Deaf Seniors Online Coffee'],
   'mustNotSuggest': ['Chesham Lunch Club', 'Bucks Befriending Phone Calls', 'Milton Keynes Home Befriending', 'Chiltern Home Library Service', 'Heart Failure Phone Coaching Bucks']}},
 {'id': 'tv-12', 'age': 74, 'area': 'OX7, nr Charlbury',
  'story': 'Rosemary is 74 and lives in Ascott-under-Wychwood, a village of a few hundred people in the Evenlode valley. Her husband did the driving; since his stroke he is in a care home in Witney.',
  'needs': ['loneliness', 'digital', 'physical_activity'], 'barriers': ['rural', 'transport', 'digital'],
  'mattersMost': 'Staying in my own home and being able to see Derek.',
  'goals': ['learn to video call Derek', 'meet people in the village', 'keep my legs strong'],
  'notes': 'No car. Walks to the village hall and the station (about half a mile); the bus is twice a week and she will not use it in winter. Landline, and an old tablet she cannot use yet, so nothing online for now.',
  'truth': {'lat': 51.8675, 'lon': -1.5605, 'place': 'Ascott-under-Wychwood OX7 (West Oxfordshire)', 'maxTravelKm': 1.5, 'mustBeFree': False, 'remoteOk': True, 'avoidModes': ['online'],
   'expectSomething': ['Wychwood Villages Digital Drop-in', 'Ascott Village Hall Coffee Morning', 'West Oxfordshire Befriending Calls'],
   'mustNotSuggest': ['Wychwood Villages Chair Exercise', 'Charlbury Walking for Health', 'West Oxfordshire Online Digital Class', 'Chipping Norton Tech Help', 'Oxford City Active Lives Home Exercise', 'Cherwell Home Exercise Visits'],
   'unmetNeeds': ['physical_activity']}},
]
