"""Places, services and people for the East Midlands & Lincolnshire held-out set (set 7). Hand-written."""
NOFEE = object()
NN, LL, DD, LI = 'NHS Nottingham and Nottinghamshire ICB', 'NHS Leicester, Leicestershire and Rutland ICB', 'NHS Derby and Derbyshire ICB', 'NHS Lincolnshire ICB'
# key: (lat, lon, district, town, county, ICB, postcode district)
P = {
 'Sneinton': (52.9530, -1.1300, 'Nottingham', 'Nottingham', 'Nottinghamshire', NN, 'NG2'),
 'Bulwell': (53.0010, -1.1970, 'Nottingham', 'Nottingham', 'Nottinghamshire', NN, 'NG6'),
 'Hyson Green': (52.9680, -1.1680, 'Nottingham', 'Nottingham', 'Nottinghamshire', NN, 'NG7'),
 'The Meadows': (52.9380, -1.1490, 'Nottingham', 'Nottingham', 'Nottinghamshire', NN, 'NG2'),
 'Clifton': (52.9040, -1.1770, 'Nottingham', 'Nottingham', 'Nottinghamshire', NN, 'NG11'),
 'Nottingham centre': (52.9540, -1.1500, 'Nottingham', 'Nottingham', 'Nottinghamshire', NN, 'NG1'),
 'Mansfield': (53.1430, -1.1980, 'Mansfield', 'Mansfield', 'Nottinghamshire', NN, 'NG18'),
 'Highfields': (52.6310, -1.1170, 'Leicester', 'Leicester', 'Leicestershire', LL, 'LE2'),
 'Belgrave': (52.6550, -1.1210, 'Leicester', 'Leicester', 'Leicestershire', LL, 'LE4'),
 'Braunstone': (52.6200, -1.1750, 'Leicester', 'Leicester', 'Leicestershire', LL, 'LE3'),
 'Beaumont Leys': (52.6700, -1.1500, 'Leicester', 'Leicester', 'Leicestershire', LL, 'LE4'),
 'Leicester centre': (52.6360, -1.1330, 'Leicester', 'Leicester', 'Leicestershire', LL, 'LE1'),
 'Loughborough': (52.7720, -1.2060, 'Charnwood', 'Loughborough', 'Leicestershire', LL, 'LE11'),
 'Normanton': (52.9050, -1.4850, 'Derby', 'Derby', 'Derbyshire', DD, 'DE23'),
 'Alvaston': (52.8980, -1.4250, 'Derby', 'Derby', 'Derbyshire', DD, 'DE24'),
 'Derby centre': (52.9220, -1.4760, 'Derby', 'Derby', 'Derbyshire', DD, 'DE1'),
 'Chesterfield': (53.2350, -1.4210, 'Chesterfield', 'Chesterfield', 'Derbyshire', DD, 'S40'),
 'Matlock': (53.1380, -1.5550, 'Derbyshire Dales', 'Matlock', 'Derbyshire', DD, 'DE4'),
 'Bakewell': (53.2140, -1.6760, 'Derbyshire Dales', 'Bakewell', 'Derbyshire', DD, 'DE45'),
 'Ashbourne': (53.0160, -1.7320, 'Derbyshire Dales', 'Ashbourne', 'Derbyshire', DD, 'DE6'),
 'Wirksworth': (53.0820, -1.5740, 'Derbyshire Dales', 'Wirksworth', 'Derbyshire', DD, 'DE4'),
 'Lincoln': (53.2300, -0.5400, 'Lincoln', 'Lincoln', 'Lincolnshire', LI, 'LN2'),
 'Boston': (52.9770, -0.0210, 'Boston Borough', 'Boston', 'Lincolnshire', LI, 'PE21'),
 'Skegness': (53.1440, 0.3360, 'East Lindsey', 'Skegness', 'Lincolnshire', LI, 'PE25'),
 'Mablethorpe': (53.3410, 0.2610, 'East Lindsey', 'Mablethorpe', 'Lincolnshire', LI, 'LN12'),
 'Louth': (53.3660, -0.0070, 'East Lindsey', 'Louth', 'Lincolnshire', LI, 'LN11'),
 'Horncastle': (53.2080, -0.1140, 'East Lindsey', 'Horncastle', 'Lincolnshire', LI, 'LN9'),
 'Spalding': (52.7870, -0.1530, 'South Holland', 'Spalding', 'Lincolnshire', LI, 'PE11'),
 'Gainsborough': (53.3990, -0.7740, 'West Lindsey', 'Gainsborough', 'Lincolnshire', LI, 'DN21'),
 'Sleaford': (52.9990, -0.4100, 'North Kesteven', 'Sleaford', 'Lincolnshire', LI, 'NG34'),
}
SERVICES = []
def S(name, org, where, needs, fees='Free', desc=None, area=None, min=None, max=None, alert=None, langs=None, when='Weekly; see website', venue=None, addr=None):
    SERVICES.append(dict(name=name, org=org, where=where, needs=needs, fees=fees, desc=desc or name + '.', area=area, min=min, max=max,
                         alert=alert, langs=langs, when=when, venue=venue or 'Community Centre', addr=addr or 'High Street'))
# ---- Leicester ----
S('Belgrave Gujarati Ladies Lunch Club', 'Belgrave Neighbourhood Link', 'Belgrave', ['loneliness', 'food'], '£2.50 for a hot vegetarian lunch',
  'Thursday lunch, chat and bhajans for women over 55. Conversation in Gujarati, Hindi and English.', min=55, langs=[('Gujarati', 'gu'), ('English', 'en')], when='Thursdays 11.30-2', venue='Belgrave Neighbourhood Centre', addr='Rothley Street')
S('Belgrave Bereavement Circle', 'Belgrave Neighbourhood Link', 'Belgrave', ['bereavement'], 'Free', 'A small monthly group for people who have lost a husband, wife or partner. Gujarati-speaking volunteer always present.', langs=[('Gujarati', 'gu'), ('English', 'en')], when='First Monday of the month, 2-4pm', venue='Belgrave Neighbourhood Centre', addr='Rothley Street')
S('Highfields Bereavement Cafe', 'Highfields Community Association', 'Highfields', ['bereavement', 'loneliness'], 'Free', 'Tea and company for anyone grieving.', alert='Paused while the hall is refurbished; no sessions until further notice.', venue='Highfields Centre', addr='Melbourne Road')
S('Leicester Young Widowed Group', 'Leicester Bereavement Network', 'Leicester centre', ['bereavement'], NOFEE, 'Peer group for widows and widowers under 55 with children at home.', max=55, when='Alternate Tuesdays 7pm')
S('Leicester Grief Circle Online', 'Leicester Bereavement Network', 'online', ['bereavement'], 'Free', 'Fortnightly video group for people grieving. Zoom link sent on booking.', area='Leicester')
S('Leicester Telephone Befriending', 'Age Friendly Leicester', 'phone', ['loneliness'], 'Free', 'A weekly friendly phone call from a volunteer. Callers who speak Gujarati, Punjabi and Urdu available.', area='Leicester', langs=[('Gujarati', 'gu'), ('Punjabi', 'pa'), ('Urdu', 'ur')])
S('Highfields Money Advice', 'Highfields Community Association', 'Highfields', ['money', 'housing'], 'No charge', 'Benefits checks, debt and rent arrears advice. Somali and Urdu interpreters on Wednesdays.', when='Mon-Wed 10-3', venue='Highfields Centre', addr='Melbourne Road')
S('Braunstone Job Club', 'Braunstone Works', 'Braunstone', ['employment', 'digital'], 'Free', 'CVs, job searching and online applications.', when='Tuesdays 10-12', venue='Braunstone Grove Library', addr='Braunstone Avenue')
S('Braunstone Park Walking Group', 'Leicester Walks', 'Braunstone', ['physical_activity', 'loneliness'], 'Free', 'Gentle 45-minute walk round the park then tea.', venue='Braunstone Park cafe', addr='Braunstone Park')
S('Beaumont Leys Foodbank', 'North Leicester Foodbank', 'Beaumont Leys', ['food', 'money'], NOFEE, 'Emergency food parcels; referral or drop in.', when='Fridays 12-2', venue='St Luke\'s Church', addr='Beaumont Leys Lane')
S('Leicester ESOL Centre', 'Leicester Adult Learning', 'Leicester centre', ['learning'], '£0', 'English classes from entry level; creche on Mondays.', when='Mon-Thu mornings', venue='Adult Learning Centre', addr='Belvoir Street')
S('Leicester Gambling Recovery Group', 'Midlands Gambling Harm Trust', 'Leicester centre', ['alcohol_drugs', 'mental_health'], 'Free', 'Weekly peer group for people affected by gambling.', when='Wednesdays 6.30pm')
S('Leicester Carers Centre', 'Carers Leicestershire', 'Leicester centre', ['carers'], 'Free', 'Advice, carers assessments and a monthly carers cafe.', area='Leicester')
S('Leicestershire Carers Line', 'Carers Leicestershire', 'phone', ['carers'], 'Free to call', 'Support and advice for unpaid carers by phone.', area='Leicestershire')
S('Leicester Counselling Rooms', 'Leicester Counselling Rooms', 'Leicester centre', ['mental_health'], '£45 per session; some £20 places', 'Private counselling, short waits.', min=18)
# ---- Loughborough / Charnwood ----
S('Loughborough Digital Drop-in', 'Charnwood Digital Buddies', 'Loughborough', ['digital'], 'Free', 'One-to-one help with tablets, phones, email and the NHS app. Hearing loop and written instructions.', when='Tuesdays 10-12', venue='Loughborough Library', addr='Granby Street')
S('Loughborough Library Tech Help', 'Charnwood Digital Buddies', 'Loughborough', ['digital'], 'Free', 'Saturday tech help.', alert='Saturday sessions have stopped; please use the Tuesday drop-in.', venue='Loughborough Library', addr='Granby Street')
S('Loughborough Community Choir', 'Loughborough Sings', 'Loughborough', ['arts', 'loneliness'], '£2 a week', 'Friendly choir, no auditions, words printed large.', when='Wednesdays 2-3.30', venue='Baptist Church Hall', addr='Baxter Gate')
S('Charnwood Friendship Calls', 'Charnwood Good Neighbours', 'phone', ['loneliness'], 'Free', 'Weekly chat on the phone with a volunteer.', area='Charnwood')
S('Loughborough Men in Sheds', 'Charnwood Good Neighbours', 'Loughborough', ['loneliness', 'arts'], 'Donations welcome', 'Woodwork and repairs for older men.', min=50, venue='The Shed, Meadow Lane', addr='Meadow Lane')
S('Loughborough Money Advice', 'Charnwood Advice', 'Loughborough', ['money'], 'Free', 'Benefits and debt advice.', area='Charnwood', when='Mon-Thu 9.30-4')
S('Loughborough Online Watercolour Class', 'Charnwood Arts', 'online', ['arts', 'learning'], '£30 for 6 weeks', 'Beginners painting by video.')
# ---- Nottingham ----
S('Bulwell Debt Advice Drop-in', 'Nottingham Advice Partnership', 'Bulwell', ['money'], 'Free', 'Debt, payday loans, rent arrears and benefits. No judgement; we see gambling debt every week.', when='Mondays and Thursdays 10-3', venue='Bulwell Riverside', addr='Main Street')
S('Private Debt Solutions Nottingham', 'ClearPath Finance Ltd', 'Nottingham centre', ['money'], 'Monthly fee of 18% of your repayment', 'Debt management plans arranged for a fee.')
S('GamFree Midlands Gambling Support Line', 'Midlands Gambling Harm Trust', 'phone', ['alcohol_drugs', 'mental_health'], 'Free to call', 'Confidential phone support for anyone harmed by gambling, 8am to midnight.', area='East Midlands', when='Daily 8am-midnight')
S('Nottingham Young Mens Wellbeing Group', 'Nottingham Mind Matters', 'Hyson Green', ['mental_health', 'loneliness'], 'Free', 'A group for men 18-30 to talk and play five-a-side.', min=18, max=30, when='Tuesdays 6-8pm', venue='Hyson Green Youth Club', addr='Gregory Boulevard')
S('Nottingham Counselling Rooms', 'Trent Talking Therapy', 'Nottingham centre', ['mental_health'], '£50 per 50-minute session', 'Private counselling.', min=18)
S('Hyson Green ESOL with Creche', 'Hyson Green Learning Hub', 'Hyson Green', ['learning', 'parenting'], 'Free', 'English classes for mums with a free creche. Somali, Arabic and Polish speakers on the team.', when='Mon, Wed 9.30-11.30', langs=[('Somali', 'so'), ('Arabic', 'ar')], venue='Mary Potter Centre', addr='Gregory Boulevard')
S('Hyson Green Parents Drop-in', 'Hyson Green Learning Hub', 'Hyson Green', ['parenting', 'loneliness'], 'Free', 'Stay and play, parenting tips and a cuppa.', when='Fridays 10-12', venue='Mary Potter Centre', addr='Gregory Boulevard')
S('Nottingham Jobs Hub', 'Nottingham Works', 'Nottingham centre', ['employment'], 'Free', 'Job coaching, CVs and part-time work that fits school hours.', area='Nottingham', venue='Jobs Hub', addr='Angel Row')
S('Clifton Job Club (50+)', 'Nottingham Works', 'Clifton', ['employment'], 'Free', 'Job club for people over 50.', min=50, venue='Clifton Cornerstone', addr='Southchurch Drive')
S('Sneinton Community Pantry', 'Sneinton Together', 'Sneinton', ['food', 'money'], '£3.50 a week membership', 'Choose £15 of groceries for a small weekly membership.', venue='Sneinton Market Hall', addr='Bath Street')
S('The Meadows Walking Football', 'Meadows Active', 'The Meadows', ['physical_activity', 'loneliness'], '£2 a session', 'Walking football for over-50s.', min=50, venue='Meadows Rec', addr='Bathley Street')
S('Nottingham Recovery Network', 'Nottingham Recovery Network', 'Nottingham centre', ['alcohol_drugs'], 'Free', 'Drop-in recovery support for alcohol and drugs.', area='Nottingham')
S('Bulwell Tenants Advice', 'Nottingham Advice Partnership', 'Bulwell', ['housing'], 'Free', 'Private renting problems and homelessness prevention.', when='Wednesdays 1-4', venue='Bulwell Riverside', addr='Main Street')
S('Sneinton Over-60s Social', 'Sneinton Together', 'Sneinton', ['loneliness'], '£1 including tea', 'Bingo, quizzes and a natter.', min=60, venue='St Stephen\'s Hall', addr='Windmill Lane')
S('Nottingham Carers Hub', 'Carers Nottinghamshire', 'Nottingham centre', ['carers'], 'Free', 'Advice and support for carers.', area='Nottinghamshire')
S('Clifton Arts Club', 'Clifton Creatives', 'Clifton', ['arts'], 'Pay what you can', 'Painting and crafts, all abilities.', venue='Clifton Cornerstone', addr='Southchurch Drive')
S('Nottingham Digital Champions', 'Nottingham Works', 'Nottingham centre', ['digital'], 'Free', 'Drop-in help getting online.', when='Thursdays 1-3', venue='Central Library', addr='Angel Row')
# ---- Mansfield ----
S('Mansfield Money Advice', 'Mansfield Advice Centre', 'Mansfield', ['money', 'housing'], 'Free', 'Benefits and debt advice.', area='Mansfield')
S('Mansfield Recovery Cafe', 'Mansfield Recovery Community', 'Mansfield', ['alcohol_drugs', 'loneliness'], 'Free', 'Sober social space, Saturday afternoons.')
S('Mansfield Walk and Talk', 'Active Mansfield', 'Mansfield', ['physical_activity', 'mental_health'], NOFEE, 'Weekly walk for wellbeing.')
S('Mansfield Bereavement Support', 'Sherwood Loss Support', 'Mansfield', ['bereavement'], 'Donations welcome', 'One-to-one and group bereavement support.')
# ---- Derby ----
S('Normanton Recovery Cafe', 'Derby Recovery Community', 'Normanton', ['alcohol_drugs', 'loneliness'], 'Free', 'Alcohol-free cafe run by people in recovery; mutual aid meetings Tuesdays.', when='Tue-Sat 11-4', venue='Normanton Road Hub', addr='Normanton Road')
S('Alvaston Recovery Group', 'Derby Recovery Community', 'Alvaston', ['alcohol_drugs'], 'Free', 'Evening recovery group.', alert='Group closed in October; members meet at the Normanton cafe.', venue='Alvaston Parish Hall', addr='London Road')
S('Derby Works Employment Support', 'Derby Works', 'Derby centre', ['employment', 'learning'], 'Free', 'Key-worker help back into work for people with health problems or a history of addiction.', area='Derby', venue='Council House annexe', addr='Corporation Street')
S('Normanton Money Advice', 'Derby Advice', 'Normanton', ['money'], 'Free', 'Benefits, debt, energy.', when='Mon-Fri 10-3')
S('Derby Young Carers', 'Derbyshire Carers Association', 'Derby centre', ['carers'], 'Free', 'Clubs and breaks for young carers.', min=8, max=18, area='Derby')
S('Alvaston Tai Chi', 'Alvaston Active', 'Alvaston', ['physical_activity', 'long_term_conditions'], '£3 per class', 'Seated and standing tai chi.', min=55)
S('Derby Volunteer Centre', 'Community Action Derby', 'Derby centre', ['employment'], 'Free', 'Find volunteering that suits you.')
S('Derby Talking Therapies Self-Referral', 'Derbyshire Talking Therapies', 'phone', ['mental_health'], 'Free', 'NHS talking therapies; self-refer by phone.', area=DD, min=16)
# ---- Chesterfield ----
S('Chesterfield Young Carers', 'North Derbyshire Young Carers', 'Chesterfield', ['carers', 'mental_health'], 'Free', 'After-school club and a mentor for young carers 8-18.', min=8, max=18, when='Thursdays 4.30-6.30', venue='The Hub, Saltergate', addr='Saltergate')
S('Chesterfield Carers Cafe', 'Derbyshire Carers Association', 'Chesterfield', ['carers', 'loneliness'], 'Free', 'Monthly cafe for adult carers.', min=18, venue='Chesterfield Library', addr='New Beetwell Street')
S('Youth Talk Derbyshire Online', 'Youth Talk Derbyshire', 'online', ['mental_health'], 'Free', 'Text chat and online counselling for 11-19s, evenings until 10pm.', min=11, max=19, area='Derbyshire')
S('Chesterfield Recovery Hub', 'North Derbyshire Recovery', 'Chesterfield', ['alcohol_drugs'], 'Free', 'Recovery support and groups.')
S('Chesterfield Money Advice', 'Chesterfield Advice', 'Chesterfield', ['money', 'housing'], 'Free', 'Debt, benefits and housing advice.', area='Chesterfield')
S('Chesterfield Parkrun Walkers', 'Active Chesterfield', 'Chesterfield', ['physical_activity'], NOFEE, 'Walk the 5k at your own pace.', venue='Queen\'s Park', addr='Boythorpe Road')
S('Chesterfield Youth Counselling (11-25)', 'Spireites Youth Trust', 'Chesterfield', ['mental_health'], '£10 per session', 'Counselling for young people.', min=11, max=25)
# ---- Derbyshire Dales ----
S('Matlock Carers Coffee Morning', 'Derbyshire Carers Association', 'Matlock', ['carers', 'loneliness'], 'Free', 'Monthly coffee morning for carers.', venue='Imperial Rooms', addr='Imperial Road')
S('Derbyshire Carers Phone Support', 'Derbyshire Carers Association', 'phone', ['carers', 'mental_health'], 'Free to call', 'A named support worker who rings you regularly; emotional support and help with carers assessments.', area='Derbyshire', when='Mon-Fri 9-5')
S('Dales Carers Sitting Service', 'Dales Crossroads Care', 'home', ['carers'], 'Free (up to 4 hours a week)', 'A trained sitter stays with the person you care for so you can have a break, or simply sit with you both at home.', area='Derbyshire Dales')
S('East Midlands Carers Online Cafe', 'Carers Together EM', 'online', ['carers', 'loneliness'], 'Free', 'Weekly video coffee for carers, evenings.', area='East Midlands', when='Wednesdays 7.30pm')
S('Dales Befriending Calls', 'Dales Crossroads Care', 'phone', ['loneliness'], 'Free', 'Friendly weekly phone call for people in the Dales.', area='Derbyshire Dales')
S('Bakewell Walking for Health', 'Peak Walks', 'Bakewell', ['physical_activity'], 'Free', 'Short flat walks by the river.', venue='Bakewell Agricultural Centre', addr='Agricultural Way')
S('Ashbourne Money Advice Outreach', 'Derbyshire Dales Advice', 'Ashbourne', ['money'], 'Free', 'Monthly advice outreach.', area='Derbyshire Dales', venue='Ashbourne Town Hall', addr='Market Place')
S('Wirksworth Community Choir', 'Wirksworth Arts', 'Wirksworth', ['arts', 'loneliness'], '£3 a session', 'Sing for fun.', venue='Town Hall', addr='Coldwell Street')
S('Matlock Bereavement Group', 'Dales Loss Support', 'Matlock', ['bereavement'], 'Free', 'Monthly group.', alert='No sessions this winter while we recruit volunteers.', venue='Imperial Rooms', addr='Imperial Road')
S('Derbyshire Rural Community Transport', 'Dales Wheels', 'phone', ['transport'], 'Fares from £2.50', 'Book a lift to appointments and shops.', area='Derbyshire Dales')
S('Matlock Chair Yoga', 'Peak Walks', 'Matlock', ['physical_activity', 'long_term_conditions'], '£4', 'Gentle chair yoga.', min=50)
S('Derbyshire Farming Help Line', 'Peak Farming Network', 'phone', ['money', 'mental_health'], 'Free', 'Confidential support for farming families.', area='Derbyshire')
# ---- Lincolnshire coast ----
S('Skegness Mens Shed', 'Coastal Community Sheds', 'Skegness', ['loneliness', 'arts'], '50p for a brew', 'Woodwork, boat models and net mending; a lot of ex-fishermen.', min=18, when='Mon, Wed, Fri 9-1', venue='The Shed, Lumley Avenue', addr='Lumley Avenue')
S('Skegness Seafront Walking Group', 'Active East Lindsey', 'Skegness', ['physical_activity', 'loneliness'], 'Free', 'A flat 2-mile walk along the prom, then tea.', when='Tuesdays 10am from the clock tower', venue='Clock Tower', addr='Grand Parade')
S('Lincolnshire Pension Credit Phone Line', 'Lincolnshire Advice Network', 'phone', ['money'], 'Free to call', 'Benefits checks and pension credit claims done over the phone.', area='Lincolnshire')
S('Skegness Breathe Easy', 'Coastal Lung Health', 'Skegness', ['long_term_conditions', 'physical_activity'], '£1', 'Support group and exercise for people with COPD and lung conditions.', when='2nd Thursday 2pm', venue='Storehouse', addr='North Parade')
S('Skegness Foodbank', 'Coastal Foodbank', 'Skegness', ['food'], 'Free', 'Food parcels.', venue='Baptist Church', addr='Beacon Way')
S('Skegness Money Advice', 'Lincolnshire Advice Network', 'Skegness', ['money', 'housing'], 'Free', 'Drop-in advice.', area='East Lindsey', when='Mondays 10-2')
S('Mablethorpe Breathe Easy', 'Coastal Lung Health', 'Mablethorpe', ['long_term_conditions', 'loneliness'], 'Free', 'Monthly lung-health support group; seated, close to the bus stop.', when='1st Tuesday 2pm', venue='Mablethorpe Community Hall', addr='Stanley Avenue')
S('Mablethorpe Chair Exercise', 'Active East Lindsey', 'Mablethorpe', ['physical_activity', 'long_term_conditions'], '£2 on the door', 'Seated exercise, suits breathlessness.', min=50, venue='Mablethorpe Community Hall', addr='Stanley Avenue')
S('East Lindsey CallConnect Community Bus', 'Lincs Rural Transport', 'phone', ['transport'], 'Fares from £2', 'Book-ahead minibus across East Lindsey; wheelchair lift.', area='East Lindsey', when='Book by 5pm the day before')
S('Mablethorpe Walking for Health', 'Active East Lindsey', 'Mablethorpe', ['physical_activity'], 'Free', 'Beach walk.', alert='Cancelled for the winter; restarts in April.', venue='Dunes Family Centre', addr='Quebec Road')
S('Louth Money Advice', 'Lincolnshire Advice Network', 'Louth', ['money'], 'Free', 'Benefits and debt, including farm business debt signposting.', when='Wed and Fri 9.30-3', venue='Louth Town Hall', addr='Eastgate')
S('Louth Friendship Club', 'Louth Neighbours', 'Louth', ['loneliness'], '£1.50 with tea', 'Tuesday afternoon club.', min=60)
S('Lincolnshire Rural Support Line', 'Lincolnshire Rural Support Network', 'phone', ['mental_health', 'money', 'loneliness'], 'Free', 'Confidential support for farmers and their families: stress, paperwork, money worries. Farmers answer the phone.', area=LI, when='Mon-Fri 8-8')
S('Horncastle Farmers Breakfast', 'Lincolnshire Rural Support Network', 'Horncastle', ['loneliness', 'mental_health'], 'Pay what you can', 'Monthly breakfast after the livestock market; come for the bacon, stay for the chat.', when='Last Wednesday 8am', venue='Stanhope Hall', addr='Bridge Street')
S('Horncastle Community Transport', 'Lincs Rural Transport', 'phone', ['transport'], 'Fares from £3', 'Lifts into Horncastle and Lincoln.', area='East Lindsey')
S('Spalding Growers Support Group', 'South Holland Rural Care', 'Spalding', ['mental_health', 'loneliness'], 'Free', 'For people in farming and horticulture.')
S('Boston Community Transport', 'Boston Community Wheels', 'phone', ['transport'], '£2.50 single', 'Dial-a-ride in Boston.', area='Boston Borough')
S('Boston Mens Shed', 'Coastal Community Sheds', 'Boston', ['loneliness', 'arts'], 'Free', 'Woodwork and company.', venue='Unit 3, Marsh Lane', addr='Marsh Lane')
S('Boston ESOL and Friendship', 'Boston Welcome', 'Boston', ['learning', 'loneliness'], 'Free', 'English classes for Polish, Lithuanian and Latvian speakers.', langs=[('Polish', 'pl'), ('Lithuanian', 'lt')])
S('Boston Money Advice', 'Lincolnshire Advice Network', 'Boston', ['money'], 'Free', 'Benefits and debt.', area='Boston Borough')
S('Spalding Foodbank', 'South Holland Foodbank', 'Spalding', ['food'], NOFEE, 'Food parcels on referral.')
S('Spalding Carers Group', 'Carers First Lincs', 'Spalding', ['carers'], 'Free', 'Monthly carers group.', area='South Holland')
S('Lincolnshire Carers Sitting Service', 'Carers First Lincs', 'home', ['carers'], 'Free', 'Sitting service so carers can have a break.', area='Lincolnshire')
S('Lincoln Recovery Hub', 'Lincs Recovery Partnership', 'Lincoln', ['alcohol_drugs'], 'Free', 'Recovery support.', area=LI)
S('Lincoln Bereavement Cafe', 'Lincoln Loss Support', 'Lincoln', ['bereavement', 'loneliness'], 'Free', 'Monthly cafe.')
S('Lincoln Digital Drop-in', 'Lincoln Library Friends', 'Lincoln', ['digital'], 'Free', 'Help with devices.')
S('Lincoln Housing Advice', 'Lincoln Housing Aid', 'Lincoln', ['housing'], 'Free', 'Homelessness prevention and tenancy advice.', area='Lincoln')
S('Lincoln Art Studio Sessions', 'Lincoln Arts Collective', 'Lincoln', ['arts', 'mental_health'], '£5 per session', 'Art for wellbeing.', min=18)
S('Gainsborough Job Club', 'West Lindsey Works', 'Gainsborough', ['employment', 'digital'], 'Free', 'Jobsearch support.', area='West Lindsey')
S('Gainsborough Walking Group', 'Active West Lindsey', 'Gainsborough', ['physical_activity'], 'Free', 'Weekly walk by the Trent.')
S('Gainsborough Lunch Club', 'Trinity Neighbours', 'Gainsborough', ['food', 'loneliness'], '£4 two-course lunch', 'Hot lunch for older people.', min=60)
S('Sleaford Farm Wellbeing Group', 'Lincolnshire Rural Support Network', 'Sleaford', ['mental_health'], 'Free', 'Monthly farm wellbeing group.', alert='Moved to an online group from January; this venue no longer runs.')
S('Sleaford Community Choir', 'Sleaford Sings', 'Sleaford', ['arts'], '£15 per term', 'Choir.')
S('Sleaford Parent and Toddler', 'North Kesteven Families', 'Sleaford', ['parenting'], 'Free', 'Stay and play.', area='North Kesteven')
# ---- region-wide remote ----
S('East Midlands Grief Line', 'Sorrow Shared East Midlands', 'phone', ['bereavement'], 'Free', 'Listening line for bereaved people, with Gujarati and Punjabi-speaking volunteers on Mondays.', area='East Midlands', langs=[('Gujarati', 'gu'), ('Punjabi', 'pa')])
S('East Midlands Online Grief Group', 'Sorrow Shared East Midlands', 'online', ['bereavement'], 'Free', 'Video group for bereaved adults.', area='East Midlands')
S('Midlands Debt Line', 'Midlands Money Help', 'phone', ['money'], 'Free to call', 'Free debt advice by phone.', area='East Midlands')
S('Nottingham Money Advice Line', 'Nottingham Advice Partnership', 'phone', ['money'], 'Free', 'Phone advice for Nottingham residents.', area='Nottingham')
S('Midlands Online Gambling Recovery Group', 'Midlands Gambling Harm Trust', 'online', ['alcohol_drugs'], 'Free', 'Evening video peer group for gambling recovery.', area='East Midlands', min=18)
S('Nottinghamshire Talking Therapies', 'Notts Talking Therapies', 'phone', ['mental_health'], 'Free', 'NHS talking therapies.', area=NN, min=18)
S('Lincolnshire Online Digital Skills', 'Lincs Learning', 'online', ['digital', 'learning'], 'Free', 'Video lessons in using a tablet.', area='Lincolnshire')
S('Home Library Service Lincolnshire', 'Lincs Learning', 'home', ['learning', 'loneliness'], 'Free', 'Books delivered by a volunteer who stays for a chat.', area='Lincolnshire')
S('Leicester Home Visiting Befrienders', 'Age Friendly Leicester', 'home', ['loneliness'], 'Free', 'A volunteer visits at home weekly.', area='Leicester', min=60)
S('Derbyshire Home Energy Advice Visits', 'Warm Homes Derbyshire', 'home', ['money', 'housing'], 'Free', 'Home visit to check bills, grants and damp.', area='Derbyshire')
S('Carers Counselling Online', 'Carefree Counselling Ltd', 'online', ['carers', 'mental_health'], '£35 per session', 'Online counselling for carers.')
S('Lincolnshire Carers Line', 'Carers First Lincs', 'phone', ['carers'], 'Free', 'Carers advice line.', area='Lincolnshire')
S('Nottinghamshire Carers Line', 'Carers Nottinghamshire', 'phone', ['carers'], 'Free', 'Carers advice line.', area='Nottinghamshire')
S('Charnwood Hearing Friendly Social', 'Deaf Friendly Leicestershire', 'Loughborough', ['loneliness'], 'Free', 'Social group for people with hearing loss; loop, captions and a BSL user.', when='Fridays 2-4', venue='Charnwood Deaf Centre', addr='Ashby Road')

def person(id, age, area, story, needs, barriers, mm, goals, notes, lat, lon, place, km, free, remote, avoid, expect, mustnot, unmet=None):
    t = dict(lat=lat, lon=lon, place=place, maxTravelKm=km, mustBeFree=free, remoteOk=remote, avoidModes=avoid, expectSomething=expect, mustNotSuggest=mustnot)
    if unmet: t['unmetNeeds'] = unmet
    return dict(id=id, age=age, area=area, story=story, needs=needs, barriers=barriers, mattersMost=mm, goals=goals, notes=notes, truth=t)
PEOPLE = [
 person('em-01', 74, 'Belgrave', 'Kusum is 74 and came to Leicester from Kampala in 1972. Her husband Ramesh died in the summer. Her son lives in Wembley; her English is limited and she mostly speaks Gujarati.',
  ['bereavement', 'loneliness'], ['language', 'mobility'], 'Somebody to speak with in my own language who knows what it is to lose your husband.',
  ['meet other women who have lost their husbands', 'go somewhere on Thursdays', 'no computer things'],
  'Walks slowly with a frame; Belgrave Neighbourhood Centre is around the corner, about 400 metres. Uses the phone with her grandson\'s help. Has a pension and can pay a little.',
  52.6565, -1.1195, 'Belgrave, Leicester LE4', 1.5, False, True, ['online'],
  ['Belgrave Gujarati Ladies Lunch Club', 'Belgrave Bereavement Circle', 'East Midlands Grief Line', 'Leicester Telephone Befriending'],
  ['Highfields Bereavement Cafe', 'Leicester Young Widowed Group', 'East Midlands Online Grief Group', 'Leicester Grief Circle Online', 'Lincoln Bereavement Cafe']),
 person('em-02', 71, 'Skegness', 'Ray is 71 and fished out of Grimsby and then Skegness for forty years. He lives alone in a flat off the seafront since his divorce. Lost his licence on eyesight grounds.',
  ['loneliness', 'physical_activity', 'money'], ['transport', 'rural'], 'Having something to do with my hands and some blokes to talk to.',
  ['find a shed or somewhere to make things', 'get walking again after my hip', 'check if I get pension credit'],
  'No car; walks about a mile along the front, no further. Buses inland are hopeless. Happy on the phone, no internet.',
  53.1455, 0.3380, 'Skegness PE25', 3, False, True, ['online'],
  ['Skegness Mens Shed', 'Skegness Seafront Walking Group', 'Lincolnshire Pension Credit Phone Line', 'Skegness Money Advice'],
  ['Boston Mens Shed', 'Mablethorpe Walking for Health', 'Nottingham Money Advice Line', 'Loughborough Men in Sheds']),
 person('em-03', 68, 'Matlock', 'Jean is 68 and cares for her husband Alan, who has Parkinson\'s and dementia, in their house above Matlock. He cannot be left alone and gets distressed if she goes out.',
  ['carers', 'loneliness', 'mental_health'], ['caring', 'rural'], 'An hour to myself now and then, and somebody to talk to who understands.',
  ['someone to sit with Alan', 'talk to another carer', 'I cannot get out to groups'],
  'Cannot leave the house at all unless a sitter comes. Fine on the phone and has an iPad for video calls in the evening.',
  53.1420, -1.5600, 'Matlock, Derbyshire Dales DE4', 1, True, True, ['in_person'],
  ['Derbyshire Carers Phone Support', 'Dales Carers Sitting Service', 'East Midlands Carers Online Cafe', 'Dales Befriending Calls'],
  ['Matlock Carers Coffee Morning', 'Leicestershire Carers Line', 'Lincolnshire Carers Sitting Service', 'Carers Counselling Online']),
 person('em-04', 24, 'Bulwell', 'Kyle is 24, works in a warehouse and lives with his mum in Bulwell. He has about £9,000 of debt from online betting and loans, and has not told anyone except his GP.',
  ['money', 'alcohol_drugs', 'mental_health'], ['stigma', 'cost'], 'Getting the debts sorted before mum finds out, and stopping.',
  ['sort the debts out', 'talk to someone about the betting', 'nothing that costs money'],
  'Walks or gets the tram; works shifts. Can\'t pay for anything. Fine on the phone and online.',
  53.0000, -1.1980, 'Bulwell, Nottingham NG6', 6, True, True, [],
  ['Bulwell Debt Advice Drop-in', 'GamFree Midlands Gambling Support Line', 'Nottingham Young Mens Wellbeing Group', 'Midlands Online Gambling Recovery Group', 'Midlands Debt Line'],
  ['Private Debt Solutions Nottingham', 'Nottingham Counselling Rooms', 'Leicester Gambling Recovery Group', 'Derby Talking Therapies Self-Referral']),
 person('em-05', 58, 'near Horncastle', 'Martin is 58 and farms 300 acres of arable and beef with his father, four miles outside Horncastle. A bad harvest and a payment delay have left them behind with the bank.',
  ['mental_health', 'money', 'loneliness'], ['rural', 'stigma'], 'Keeping the farm, and not feeling like I am the only one.',
  ['somebody who understands farming to talk to', 'sort the money out', 'not a clinic'],
  'Drives; Horncastle market every week, and Louth is fine. Will go on the phone but not on video.',
  53.2300, -0.1600, 'outside Horncastle, East Lindsey LN9', 25, False, True, ['online'],
  ['Lincolnshire Rural Support Line', 'Horncastle Farmers Breakfast', 'Louth Money Advice'],
  ['Spalding Growers Support Group', 'Derbyshire Farming Help Line', 'Sleaford Farm Wellbeing Group', 'Nottinghamshire Talking Therapies']),
 person('em-06', 31, 'NG7', 'Hodan is 31 and came from Somalia via the Netherlands two years ago. She lives in Hyson Green with her three children, two at school and a toddler at home.',
  ['learning', 'parenting', 'employment'], ['childcare', 'language'], 'Good English so I can work as a teaching assistant.',
  ['English classes where I can bring the little one', 'meet other mums', 'a job in school hours'],
  'Walks with the pushchair; the tram into town is fine. Little money. Some phone and online but prefers face to face.',
  52.9690, -1.1700, 'Hyson Green, Nottingham NG7', 4, True, True, [],
  ['Hyson Green ESOL with Creche', 'Hyson Green Parents Drop-in', 'Nottingham Jobs Hub'],
  ['Leicester ESOL Centre', 'Clifton Job Club (50+)', 'Boston ESOL and Friendship']),
 person('em-07', 66, 'Mablethrope', 'Sandra is 66 and retired to Mablethorpe from Leicester. She has COPD and since a chest infection last winter she has hardly been out.',
  ['long_term_conditions', 'physical_activity', 'transport'], ['mobility', 'rural'], 'Getting my breath back enough to go to the shops.',
  ['meet other people with bad chests', 'some gentle exercise sitting down', 'a lift when the buses are no good'],
  'Can walk about 200 yards before she has to stop. Skegness is too far on the bus. Uses a phone; no computer.',
  53.3400, 0.2620, 'Mablethorpe, East Lindsey LN12', 2, False, True, ['online'],
  ['Mablethorpe Breathe Easy', 'Mablethorpe Chair Exercise', 'East Lindsey CallConnect Community Bus'],
  ['Skegness Breathe Easy', 'Boston Community Transport', 'Mablethorpe Walking for Health', 'Derbyshire Rural Community Transport']),
 person('em-08', 45, 'Normanton, Derby', 'Tariq is 45, a former bus driver, six months sober after a hospital admission. He lives alone in Normanton and wants to work again.',
  ['alcohol_drugs', 'employment'], ['confidence'], 'Staying off the drink and having a reason to get up.',
  ['keep going to a recovery group', 'get help back into work'],
  'Walks and buses around Derby. Can pay a little but would rather not. Fine on the phone.',
  52.9060, -1.4840, 'Normanton, Derby DE23', 5, False, True, [],
  ['Normanton Recovery Cafe', 'Derby Works Employment Support', 'Derby Volunteer Centre'],
  ['Alvaston Recovery Group', 'Chesterfield Recovery Hub', 'Lincoln Recovery Hub', 'Nottingham Recovery Network']),
 person('em-09', 17, 'Chesterfield', 'Ellie is 17 and at college in Chesterfield. She looks after her mum, who has MS, and her little brother. She has been having panic attacks.',
  ['carers', 'mental_health'], ['caring', 'anxiety'], 'Somebody who gets it.',
  ['meet other young carers', 'talk to someone at night when the panic comes'],
  'Walks and buses round Chesterfield. No money of her own. Online is easiest at night.',
  53.2360, -1.4200, 'Chesterfield S40', 4, True, True, [],
  ['Chesterfield Young Carers', 'Youth Talk Derbyshire Online'],
  ['Chesterfield Carers Cafe', 'Derby Young Carers', 'Chesterfield Youth Counselling (11-25)', 'Nottinghamshire Talking Therapies']),
 person('em-10', 80, 'Loughborough', 'Dennis is 80, a retired engineer at the Brush works. He is very hard of hearing and his wife has gone into a care home. His granddaughter gave him a tablet he cannot work.',
  ['digital', 'loneliness', 'arts'], ['hearing', 'digital'], 'Being able to video-call my wife and my granddaughter.',
  ['learn the tablet', 'sing or do something with other people', 'not the telephone, I cannot hear it'],
  'Walks into Loughborough town centre, about a mile. Cannot use the phone. Can pay a couple of pounds.',
  52.7700, -1.2100, 'Loughborough, Charnwood LE11', 3, False, False, ['phone'],
  ['Loughborough Digital Drop-in', 'Loughborough Community Choir', 'Charnwood Hearing Friendly Social', 'Loughborough Men in Sheds'],
  ['Charnwood Friendship Calls', 'Loughborough Library Tech Help', 'Loughborough Online Watercolour Class', 'Sleaford Community Choir']),
]
