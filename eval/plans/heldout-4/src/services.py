"""The hand-written service table. Each S(...) is one ORUK service record.
where: a list of sites site(place, venue, address_1, city-as-written, region-or-None) for in-person services,
       or 'phone', 'home', or ('online', url).
terms: ccni-categories codes (see vocabulary.json); lga: lga-service-type codes; needs=...: only for records with
       no taxonomy (free text only).
Schedules: W(byday, opens, closes, text) weekly, M('2TU', ...) monthly, T(text) text only, R ring for times, None."""

SERVICES = []
NOFEE = object()  # the record has no fees field at all


def site(place, venue, address, city, region=None, pc=None, lat=None, lon=None, drop=None):
    return dict(place=place, venue=venue, address=address, city=city, region=region, pc=pc, lat=lat, lon=lon, drop=drop)


def W(byday, o, c, text, att=None): return dict(freq='WEEKLY', byday=byday, opens=o, closes=c, text=text, att=att)
def M(byday, o, c, text, att=None): return dict(freq='MONTHLY', byday=byday, opens=o, closes=c, text=text, att=att)
def T(text, att=None): return dict(freq=None, text=text, att=att)
R = dict(freq=None, text='Ring for times', att=None)


def S(org, name, terms, where, desc, fees=NOFEE, sched=None, status='active', alert=None, minage=None, maxage=None,
      area=None, lga=(), needs=None, langs=None, elig=None, phone=True, cost=None, label_town=None):
    SERVICES.append(dict(org=org, name=name, terms=list(terms), where=where, desc=desc, fees=fees, sched=sched,
                         status=status, alert=alert, minage=minage, maxage=maxage, area=area, lga=list(lga), needs=needs,
                         langs=langs, elig=elig, phone=phone, cost=cost))

GA = [('Irish', 'ga'), ('English', 'en')]
SCO = [('English', 'en'), ('Ulster-Scots', 'sco')]
PL = [('English', 'en'), ('Polish', 'pl'), ('Lithuanian', 'lt')]
NI = 'Northern Ireland'

# ------------------------------------------------------------------ Belfast
S('bac', "Belfast City Centre Money Advice", ['CNI-MB-01', 'CNI-MB-02'], [site('BEL_CC', "Advice Centre, 1st floor", "Donegall Street", "Belfast", "County Antrim")],
  "Benefits checks, debt advice, energy bills and budgeting. Drop in or book an appointment.", "Free",
  W('MO,TU,WE,TH,FR', '09:30:00', '16:30:00', 'Mon-Fri 9.30-4.30'), lga=['LGA-0105'])
S('bac', "Shankill Benefits Drop-in", ['CNI-MB-01'], [site('SHANKILL', "Shankill Community Hub", "Shankill Road", "Belfast 13", "Co. Antrim")],
  "Weekly drop-in for Universal Credit, PIP and pension credit questions.", "No charge", W('TU', '10:00', '12:30', 'Tuesday mornings'))
S('bac', "Falls Road Debt Clinic", ['CNI-MB-02'], [site('FALLS', "Falls Welcome Centre", "Falls Road", "Belfast 12")],
  "One-to-one debt advice: arrears, bailiffs, debt relief orders.", "Free", W('TH', '13:30', '16:00', 'Thursday afternoons'), lga=['LGA-0112'])
S('bac', "East Belfast Housing Advice", ['CNI-HO-01'], [site('CONNSWATER', "Connswater Community Centre", "Newtownards Road", "East Belfast", "Co. Down")],
  "Advice if you are homeless, at risk of losing your home, or in disrepair. Belfast residents only.", "Free",
  W('MO,WE', '10:00:00', '15:00:00', 'Mon and Wed, appointments preferred'), area='Belfast', lga=['LGA-0236'],
  elig="For people living in the Belfast City Council area.")
S('bac', "Tenancy Advice Line NI", ['CNI-HO-01'], 'phone',
  "Phone advice for private and social renters anywhere in Northern Ireland: notices to quit, rent arrears, repairs, deposits.",
  "Free to call", W('MO,TU,WE,TH,FR', '09:00', '17:00', 'Weekdays 9-5', 'By telephone'), area=NI)
S('bac', "Belfast Tenants' Rights Drop-in", ['CNI-HO-01'], [site('FALLS', "Falls Welcome Centre", "Falls Road", "BELFAST", "County Antrim")],
  "Drop-in for tenants: repairs, Housing Executive transfers, rent arrears.", "Free", M('1WE,3WE', '18:00', '20:00', '1st and 3rd Wednesday evenings'))
S('shk', "Shankill Tea Dance & Social (60+)", ['CNI-SC-01'], [site('SHANKILL', "Shankill Community Hub, main hall", "Shankill Road", "Belfast", "Co. Antrim")],
  "Tea dance and a chat for over-60s, with a lift to the hall for anyone who can't manage the steps.", "£2 on the door",
  W('WE', '14:00', '16:00', 'Wednesday afternoons'), minage=60)
S('shk', "Shankill Men's Shed", [], [site('SHANKILL', "The Shed, rear of the Hub", "Shankill Road", "Belfast 13")],
  "Men of any age making and mending things together, tea and banter. Good for men who are on their own or feeling low.",
  needs=['loneliness', 'mental_health'], sched=W('MO,TH', '10:00', '13:00', 'Mon and Thurs mornings'))
S('shk', "Shankill Bereavement Support Group", ['CNI-BE-01'], [site('SHANKILL', "Shankill Community Hub, quiet room", "Shankill Road", "Belfast", "Co. Antrim")],
  "A small, friendly group for anyone who has lost a husband, wife, partner or family member. Tea, talk, no pressure.",
  "Free", M('1WE', '11:00', '12:30', 'First Wednesday of the month, 11am'))
S('shk', "Shankill Lunch Club", ['CNI-FD-02', 'CNI-SC-01'], [site('SHANKILL', "Shankill Community Hub, café", "Shankill Road", "Belfast")],
  "Hot two-course dinner and company, Fridays.", "£3.50 for dinner", W('FR', '12:00', '14:00', 'Fridays 12-2'))
S('shk', "Shankill Chair Yoga", ['CNI-AC-02'], [site('SHANKILL', "Shankill Community Hub, main hall", "Shankill Road", "Belfast 13")],
  "Gentle yoga done sitting in a chair. Suits people with stiff joints or poor balance.", "Donations welcome",
  W('MO', '11:00', '12:00', 'Monday 11am'))
S('shk', "Shankill Women's Centre Craft Group", ['CNI-AR-01', 'CNI-SC-01'], [site('SHANKILL', "Shankill Women's Centre", "Shankill Road", "Belfast")],
  "Knitting, crochet and card-making, with a cuppa.", "Free", W('TU', '13:00', '15:00', 'Tuesday afternoons'))
S('fcp', "Ionad Fáilte na bhFál / Falls Welcome Café", ['CNI-SC-01', 'CNI-LA-01'], [site('FALLS', "Ionad Fáilte", "Falls Road", "Belfast 12", "Co. Antrim")],
  "Drop-in café with Irish and English spoken, newspapers and a warm space.", "Free", W('MO,TU,WE,TH,FR', '10:00', '14:00', 'Dé Luain-Dé hAoine / Mon-Fri 10-2'),
  langs=GA)
S('fcp', "Falls Park Walking Group", ['CNI-AC-01'], [site('FALLS_PARK', "Falls Park main gates", "Falls Road", "Belfast")],
  "Easy 45-minute walk round Falls Park. Walk leaders trained.", "Free", W('SA', '10:30', '11:30', 'Saturdays 10.30'))
S('fcp', "Cumann Ceoil Iarthar Bhéal Feirste / West Belfast Traditional Music Club", ['CNI-AR-01', 'CNI-LA-01'],
  [site('ANDYTOWN', "Ionad Pobail", "Andersonstown Road", "Belfast 11")], "Traditional music sessions and lessons, all levels.", "£3 a night",
  W('TH', '19:30', '22:00', 'Déardaoin / Thursday nights'), langs=GA)
S('food', "Falls Community Pantry", ['CNI-FD-01'], [site('FALLS', "Pantry hall", "Falls Road", "Belfast")],
  "Membership pantry: choose about £20 of groceries each week.", "Membership £3.50 a week", W('WE', '12:00', '15:00', 'Wednesdays'))
S('fyc', "West Belfast Young Carers", ['CNI-CA-02'], [site('ANDYTOWN', "Ionad Pobail youth room", "Andersonstown Road", "Belfast", "Co. Antrim")],
  "Club nights, trips and a break for young people who look after someone at home.", "Free", W('TU', '18:00', '20:00', 'Tuesday evenings'),
  minage=8, maxage=18)
S('and', "Ionad Pobail Bhaile Andarsan / Andersonstown Over-50s Club", ['CNI-SC-01'], [site('ANDYTOWN', "Ionad Pobail", "Andersonstown Road", "Belfast 11")],
  "Bingo, quizzes, outings and a good chat for over-50s.", "£1", W('MO', '14:00', '16:00', 'Monday afternoons'), minage=50, langs=GA)
S('and', "Andersonstown Bereavement Café", ['CNI-BE-01'], [site('ANDYTOWN', "Ionad Pobail café", "Andersonstown Road", "Belfast 11")],
  "Monthly café for people who have lost someone.", "Free", M('2TU', '10:30', '12:00', 'Second Tuesday'), status='inactive',
  alert="Paused until further notice while we recruit a new facilitator.")
S('and', "Andersonstown Digital Drop-in", ['CNI-LE-02'], [site('ANDYTOWN', "Ionad Pobail IT suite", "Andersonstown Road", "BELFAST")],
  "Help with phones, tablets, email and online forms.", "Free", W('FR', '10:00', '12:00', 'Friday mornings'))
S('ebn', "Connswater Greenway Walks", ['CNI-AC-01'], [site('CONNSWATER', "C.S. Lewis Square", "Newtownards Road", "Belfast", "Co. Down")],
  "Friendly, flat walks along the Connswater Greenway. Come on your own; someone will meet you.", "Free",
  W('SA', '10:00', '11:00', 'Saturday 10am'))
S('youth', "East Belfast Youth Hub (16-25)", ['CNI-MH-01', 'CNI-EM-01'], [site('NEWTOWNARDS_RD', "Youth Hub", "Newtownards Road", "Belfast 4")],
  "Drop-in for 16 to 25 year olds: someone to talk to, CV help, apprenticeships, gaming and pool. One-to-one if groups are too much.",
  "Free", W('MO,WE,TH', '15:00', '20:00', 'Mon, Wed, Thu 3-8pm'), minage=16, maxage=25)
S('ebn', "East Belfast Men's Shed", [], [site('CONNSWATER', "Unit 4, Connswater Business Park", "Connswater Street", "Belfast", "Co. Down")],
  "Woodwork, repairs and company for men. Drop in for a cup of tea first.", needs=['loneliness', 'mental_health'],
  sched=W('TU,FR', '10:00', '14:00', 'Tues and Fri'))
S('work', "East Belfast Job Club", ['CNI-EM-01'], [site('CONNSWATER', "Connswater Community Centre", "Newtownards Road", "Belfast")],
  "Job search, CVs, interview practice and training places. Small groups or one-to-one.", "Free", W('WE', '10:00', '12:00', 'Wednesday mornings'),
  lga=['LGA-0840'])
S('ebn', "East Belfast Community Counselling", ['CNI-MH-02'], [site('CONNSWATER', "Counselling rooms", "Castlereagh Street", "Belfast 5")],
  "Low-cost counselling for adults.", "£10 per session (reduced rate £5 if on benefits)", T('Appointments weekdays and two evenings'), minage=18)
S('food', "Connswater Food Bank", [], [site('CONNSWATER', "Church hall", "Templemore Avenue", "Belfast")],
  "Emergency food parcels with a referral voucher from an agency; we can also help you get a voucher on the day.",
  needs=['food'], sched=W('TU,FR', '11:00', '13:00', 'Tuesday and Friday'))
S('work', "East Belfast 50+ Job Coaching", ['CNI-EM-01'], [site('CONNSWATER', "Connswater Community Centre", "Newtownards Road", "Belfast")],
  "Job coaching for people over 50 returning to work.", "Free", W('TH', '10:00', '12:00', 'Thursdays'), minage=50)
S('orm', "Ormeau Road Wellbeing Café", ['CNI-MH-01', 'CNI-SC-01'], [site('ORMEAU', "Wellbeing Café", "Ormeau Road", "Belfast 7")],
  "Peer-run café for anyone feeling low, anxious or isolated.", "Free", W('TH', '11:00', '14:00', 'Thursdays'))
S('orm', "Ormeau Park Couch to 5k", ['CNI-AC-02'], [site('ORMEAU_PARK', "Ormeau Park pavilion", "Ormeau Embankment", "Belfast", "Co. Down")],
  "Beginners' running group, nine weeks from walking to 5k.", "Free", W('TU', '18:30', '19:30', 'Tuesday evenings'))
S('orm', "Ormeau Recovery Café", ['CNI-AD-01'], [site('ORMEAU', "Wellbeing Café", "Ormeau Road", "Belfast")],
  "Alcohol- and drug-free café and peer support for people in recovery and their families.", "Free", W('SA', '12:00', '15:00', 'Saturdays'))
S('orm', "Ormeau Parent & Toddler", ['CNI-FA-01'], [site('ORMEAU', "Church hall", "Ormeau Road", "Belfast 7")],
  "Play and chat for parents with under-4s.", "£1 per family", W('WE', '10:00', '11:30', 'Wednesday mornings'))
S('bcc', "City Digital Help Desk", ['CNI-LE-02'], [site('BEL_CC', "Community Library, ground floor", "Royal Avenue", "Belfast", "Co. Antrim")],
  "Book a half hour with a volunteer for help with a phone, laptop or online forms.", "Free", W('TU,TH', '10:00', '13:00', 'Tue and Thu mornings'))
S('newc', "Belfast ESOL Conversation Café", ['CNI-LE-01'], [site('BEL_CC', "Community Library, meeting room", "Royal Avenue", "Belfast")],
  "Practise English over tea. All levels.", "Free", W('MO', '13:00', '15:00', 'Mondays'), langs=PL)
S('bcc', "Belfast Community Choir", ['CNI-AR-01'], [site('MALONE', "Church hall", "University Road", "Belfast 9")],
  "Friendly choir, no auditions, pop and folk.", "£30 per term", W('TU', '19:30', '21:00', 'Tuesday nights'))
S('harb', "Harbour Counselling Private Practice", ['CNI-MH-02'], [site('MALONE', "Harbour Counselling", "Lisburn Road", "Belfast", "Co. Antrim"),
  site('DERRY_CITY', "Harbour Counselling", "Shipquay Street", "Derry")],
  "Private counselling with accredited counsellors, in Belfast and Derry.", "£55 per 50-minute session", T('Appointments Mon-Sat'), minage=18)
S('ufs', "Ulster Fitness Studios Seniors Class", ['CNI-AC-02'], [site('BEL_CC', "Ulster Fitness Studios", "Bedford Street", "Belfast")],
  "Strength and balance class for over-60s.", "£6 a class", W('MO,WE', '11:00', '12:00', 'Mon and Wed 11am'), minage=60)
S('nbl', "Ardoyne Community Garden", [], [site('ARDOYNE', "Community garden", "Crumlin Road", "Belfast 14")],
  "Grow vegetables, get some fresh air and meet neighbours. Tools and gloves provided.", needs=['physical_activity', 'mental_health', 'loneliness'],
  fees="No charge", sched=T('Most weekday mornings, ring ahead'))
S('nbl', "North Belfast Carers Group", ['CNI-CA-01'], [site('ARDOYNE', "Community centre", "Crumlin Road", "Belfast", "Co. Antrim")],
  "Monthly support group for unpaid carers.", "Free", M('3TH', '10:30', '12:30', 'Third Thursday'), minage=18)
S('carers', "Belfast Carers' Centre Café", ['CNI-CA-01'], [site('BEL_CC', "Carers' Centre", "May Street", "Belfast")],
  "Drop-in café for adult carers, with advice on Carer's Allowance and breaks.", "Free", W('WE', '10:00', '13:00', 'Wednesday mornings'), minage=18)
S('bcc', "Cregagh Lunch Club", ['CNI-FD-02', 'CNI-SC-01'], [site('CREGAGH', "Church hall", "Cregagh Road", "Belfast 6")],
  "Two-course lunch and company for over-60s.", "£4 for a two-course lunch", W('TH', '12:00', '14:00', 'Thursdays'), minage=60)
S('step', "Belfast Stepping Stones Recovery Group", ['CNI-AD-01'], [site('BEL_CC', "Room 3, Community House", "Lower Garfield Street", "Belfast"), site('SHANKILL', "Shankill Community Hub", "Shankill Road", "Belfast 13")],
  "Peer recovery meetings for people stopping or cutting down alcohol or drugs, in the city centre and on the Shankill.", "Free", R)
S('breathe', "Belfast Breathe Well Group", ['CNI-HC-01', 'CNI-AC-02'], [site('BEL_CC', "Community House", "Lower Garfield Street", "Belfast")],
  "Support group and gentle exercise for people with COPD and other lung conditions.", "Free", M('1TU', '14:00', '15:30', 'First Tuesday'))
S('bcc', "Lagan Towpath Walking Group", ['CNI-AC-01'], [site('MALONE', "Lagan Meadows car park", "Annadale Embankment", "Belfast", lat=54.5690, lon=-5.9300)],
  "Two-hour walk on the Lagan towpath at a steady pace.", NOFEE, W('SU', '10:00', '12:00', 'Sundays'))
S('sorrow', "Belfast Bereavement Group", ['CNI-BE-01'], [site('BEL_CC', "Community House", "Lower Garfield Street", "Belfast", "Co. Antrim")],
  "Facilitated group for adults bereaved in the last two years.", "Free", M('2TU', '19:00', '20:30', 'Second Tuesday evening'), minage=18)
S('bcc', "Belfast Home Befriending Visits", ['CNI-SC-02'], 'home',
  "A volunteer visits you at home every week for a chat. For older people in Belfast who are on their own.", "Free",
  T('Weekly visit, day agreed with you', 'Home visit'), minage=65, area='Belfast HSCT')

# ------------------------------------------------------------------ Lisburn
S('lvc', "Lagan Valley Carers Café", ['CNI-CA-01'], [site('LISBURN', "Island Arts Centre café", "Lagan Valley Island", "Lisburn", "Co. Antrim")],
  "Relaxed café for unpaid carers.", "Free", M('2FR', '10:30', '12:30', 'Second Friday'), minage=18)
S('lvc', "Lisburn Men's Shed", [], [site('LISBURN', "Unit 2", "Hillsborough Road", "LISBURN")],
  "Men's shed: woodwork, gardening, company.", needs=['loneliness'], sched=W('WE', '10:00', '15:00', 'Wednesdays'))
S('lvc', "Lisburn Bereavement Support Group", ['CNI-BE-01'], [site('LISBURN', "Community hall", "Bow Street", "Lisburn", "Co. Antrim")],
  "Monthly group for bereaved adults.", "Free", M('4TH', '19:00', '20:30', 'Fourth Thursday'))
S('lvc', "Lisburn Walking Football (50+)", ['CNI-AC-02'], [site('LISBURN', "Leisureplex", "Queens Road", "Lisburn")],
  "Walking football for over-50s.", "£3", W('TH', '11:00', '12:00', 'Thursdays'), minage=50)
S('lvc', "Lisburn & Castlereagh Befriending", ['CNI-SC-02'], 'home', "Weekly home visits from a volunteer for older people.", "Free",
  T('Weekly, to suit you', 'Home visit'), minage=60, area='Lisburn and Castlereagh')

# ------------------------------------------------------------------ Ards and North Down
S('and2', "Bangor Advice Centre", ['CNI-MB-01', 'CNI-MB-02', 'CNI-HO-01'], [site('BANGOR', "Advice Centre", "Main Street", "Bangor", "Co. Down")],
  "Benefits, debt and housing advice.", "Free", W('MO,TU,WE,TH,FR', '09:30', '16:00', 'Weekdays'))
S('sorrow', "Bangor Bereavement Group", ['CNI-BE-01'], [site('BANGOR', "Church hall", "Hamilton Road", "Bangor")],
  "Monthly group for bereaved adults.", "Free", M('1TH', '19:00', '20:30', 'First Thursday'))
S('and2', "Bangor Seafront Walk", ['CNI-AC-01'], [site('BANGOR', "Pickie Fun Park entrance", "Queens Parade", "Bangor", "Co. Down")],
  "Gentle walk along the seafront and the coastal path.", "Free", W('MO', '10:30', '11:30', 'Mondays'))
S('and2', "Bangor Community Choir", ['CNI-AR-01'], [site('BANGOR', "Church hall", "Hamilton Road", "Bangor", "Co. Down")],
  "Friendly community choir, no experience needed.", "£2 a week", W('WE', '19:30', '21:00', 'Wednesdays'))
S('and2', "Newtownards Carers Support Group", ['CNI-CA-01'], [site('NEWTOWNARDS', "Community centre", "Frances Street", "Newtownards", "Co. Down")],
  "Support for unpaid carers.", "Free", M('2WE', '10:30', '12:00', 'Second Wednesday'), minage=18)
S('and2', "Newtownards Wellbeing Hub", ['CNI-MH-01'], [site('NEWTOWNARDS', "Wellbeing Hub", "Regent Street", "Newtownards")],
  "Drop-in for anyone struggling with their mental health.", "Free", R)
S('pen', "Ards Peninsula Community Transport", ['CNI-TR-01'], 'phone',
  "Door-to-door minibus for people on the peninsula who cannot use buses, booked by phone.", "£3 return",
  T('Book by phone two days ahead', 'By telephone'), status='inactive', area='Ards and North Down',
  alert="Service suspended: no volunteer drivers. We hope to restart in the spring.", lga=['LGA-0518'])
S('pen', "The Wee Gaitherin, Ballywalter", ['CNI-SC-01', 'CNI-LA-01'], [site('BALLYWALTER', "Orange hall", "Main Street", "Ballywalter", "Co. Down")],
  "A wee gaitherin for a blether: tea, soda farls, Ulster-Scots poems and songs.", "Free", M('1MO,3MO', '14:00', '16:00', '1st and 3rd Monday'), langs=SCO)
S('pen', "Portaferry Tuesday Club", ['CNI-SC-01', 'CNI-FD-02'], [site('PORTAFERRY', "Parish hall", "Church Street", "Portaferry", "Co. Down")],
  "Lunch, a game of cards and company for older people in and around Portaferry. Hearing loop in the hall.",
  "£5 including lunch", W('TU', '12:00', '15:00', 'Tuesdays'), minage=60)
S('pen', "Portaferry Art Group", ['CNI-AR-01'], [site('PORTAFERRY', "Portaferry community centre", "The Square", "Portaferry")],
  "Painting and drawing, all abilities. Materials provided.", "Donations welcome", W('TH', '10:00', '12:00', 'Thursday mornings'))
S('pen', "Kircubbin Friendly Walk", ['CNI-AC-01'], [site('KIRCUBBIN', "Harbour car park", "Shore Road", "Kircubbin")],
  "Short walk and a cuppa.", NOFEE, W('FR', '10:30', '11:30', 'Fridays'))
S('pen', "Ards Good Morning Call", ['CNI-SC-02'], 'phone', "A friendly phone call every morning to check you are well.", "Free",
  W('MO,TU,WE,TH,FR', '09:00', '11:00', 'Weekday mornings', 'By telephone'), area='Ards and North Down', minage=60)

# ------------------------------------------------------------------ Down
S('down', "Downpatrick Carers Hub", ['CNI-CA-01'], [site('DOWNPATRICK', "Carers Hub", "Market Street", "Downpatrick", "Co. Down")],
  "Information, breaks and a monthly get-together for carers.", "Free", M('1TU', '10:30', '12:30', 'First Tuesday'))
S('sorrow', "Down Bereavement Group", ['CNI-BE-01'], [site('DOWNPATRICK', "Community centre", "Irish Street", "Downpatrick")],
  "Group for bereaved adults.", "Free", M('3WE', '19:00', '20:30', 'Third Wednesday'))
S('down', "Down Community Transport", ['CNI-TR-01'], 'phone', "Dial-a-lift for people who cannot use public transport.", "£2.50 single",
  T('Mon-Fri, book 48 hours ahead', 'By telephone'), area='Newry, Mourne and Down', lga=['LGA-0518'])
S('down', "Castlewellan Forest Park Walks", ['CNI-AC-01'], [site('CASTLEWELLAN', "Forest park visitor car park", "Main Street", "Castlewellan", "Co. Down", lat=54.2580, lon=-5.9520)],
  "Led walks around the lake.", "Free (car parking charge applies)", W('SU', '14:00', '15:30', 'Sundays'))
S('step', "Down Recovery Group", ['CNI-AD-01'], [site('DOWNPATRICK', "Community centre", "Irish Street", "Downpatrick", "Co. Down")],
  "Peer recovery meeting.", "Free", W('MO', '19:30', '21:00', 'Monday evenings'))

# ------------------------------------------------------------------ Newry and Mourne, Upper Bann villages
S('nry', "Newry Community Advice Hub", ['CNI-MB-01', 'CNI-MB-02', 'CNI-HO-01'], [site('NEWRY', "Advice Hub", "Hill Street", "Newry, Co Down")],
  "Benefits, debt and housing advice for Newry and Mourne.", "Free", W('MO,TU,WE,TH', '09:30:00', '16:00:00', 'Mon-Thu'))
S('nry', "Newry Recovery Café", ['CNI-AD-01'], [site('NEWRY', "The Quays community room", "Merchants Quay", "Newry", "Co. Down")],
  "Drop-in café run by people in recovery from alcohol and drugs. No judgement, no charge.", "No charge", W('WE,SA', '11:00', '15:00', 'Wed and Sat'))
S('step', "Newry Stepping Stones Peer Group", ['CNI-AD-01'], [site('NEWRY', "Church hall", "Canal Street", "NEWRY")],
  "Peer support meeting for people in recovery.", "Free", R)
S('work', "Newry Job Club", ['CNI-EM-01'], [site('NEWRY', "Advice Hub", "Hill Street", "Newry, Co. Down")],
  "CV, job search and training places. Support for people with a conviction or a gap in their CV.", "Free", W('TU,TH', '10:00', '12:30', 'Tue and Thu mornings'),
  lga=['LGA-0840'])
S('mvc', "Mourne View Clinic Residential Programme", ['CNI-AD-01'], [site('NEWRY', "Mourne View Clinic", "Warrenpoint Road", "Newry", "Co. Down", lat=54.1650, lon=-6.3150)],
  "Private residential alcohol and drug treatment.", "From £3,200 for a 28-day programme", None, minage=18,
  cost=[("28-day residential programme", 3200.0)])
S('sorrow', "Newry Bereavement Group", ['CNI-BE-01'], [site('NEWRY', "Community centre", "Monaghan Street", "Newry")],
  "Monthly group for bereaved adults.", "Free", M('2MO', '19:00', '20:30', 'Second Monday'))
S('nry', "Newry Carers Group", ['CNI-CA-01'], [site('NEWRY', "Advice Hub", "Hill Street", "Newry")],
  "Support group for carers.", "Free", M('4TU', '10:30', '12:00', 'Fourth Tuesday'))
S('nry', "Cumann Gaelach an Iúir / Newry Irish Language Social", ['CNI-SC-01', 'CNI-LE-01', 'CNI-LA-01'], [site('NEWRY', "Ionad", "Hill Street", "An tIúr / Newry")],
  "Ciorcal comhrá: Irish conversation circle and classes for beginners.", "£2", W('MO', '19:30', '21:00', 'Oíche Luain / Monday night'), langs=GA)
S('mrn', "Kilkeel Harbour Digital Drop-in", ['CNI-LE-02'], [site('KILKEEL', "Harbour community room", "Harbour Road", "Kilkeel", "Co. Down")],
  "Help with a phone or tablet, setting up email, Universal Credit journal, job sites. Patient volunteers, no computer needed - we lend tablets.",
  "Free", W('TH', '10:00', '12:00', 'Thursday mornings'))
S('mrn', "Kilkeel Jobs & Skills Point", ['CNI-EM-01', 'CNI-EM-02'], [site('KILKEEL', "Mourne Coast Forum office", "Greencastle Street", "Kilkeel")],
  "One-to-one help to find work or training, including for people leaving the fishing: tickets, forklift, CSCS cards.", "Free",
  W('TU', '09:30', '13:00', 'Tuesday mornings'), lga=['LGA-0840'])
S('mrn', "Mourne Men's Shed", [], [site('KILKEEL', "The old net store", "Harbour Road", "KILKEEL")],
  "Men's shed in Kilkeel: boats, woodwork and a yarn.", needs=['loneliness', 'mental_health'], sched=W('MO,WE', '10:00', '13:00', 'Mon and Wed'))
S('work', "Mourne Fishermen's Retraining Online Course", ['CNI-EM-01', 'CNI-LE-01'], ('online', 'https://workready-ni.example/fishing-retrain'),
  "Online course for people leaving the fishing industry.", "Free", T('Self-paced, online', 'Online (video)'), area=NI)
S('ubn', "Rathfriland Lunch Club", ['CNI-FD-02', 'CNI-SC-01'], [site('RATHFRILAND', "Presbyterian hall", "Church Square", "Rathfriland", "Co. Down")],
  "Lunch and company for over-65s.", "£4.50", W('WE', '12:00', '14:00', 'Wednesdays'), minage=65)
S('youth', "Newry Youth Space (11-18)", ['CNI-MH-01', 'CNI-SC-01'], [site('NEWRY', "Youth Space", "Kildare Street", "Newry")],
  "Drop-in for young people aged 11 to 18.", "Free", W('MO,WE,FR', '15:30', '19:00', 'Mon, Wed, Fri after school'), minage=11, maxage=18)
S('ubn', "Dromore Walking Group", ['CNI-AC-01'], [site('DROMORE', "The Square", "Market Square", "Dromore, Co. Down")],
  "Easy walk along the Lagan and the old railway.", "Free", W('TU', '10:00', '11:00', 'Tuesdays'))
S('ubn', "Dromore Community Café", [], [site('DROMORE', "Community centre", "Church Street", "Dromore")],
  "Community café with a warm space, newspapers and a chat.", needs=['loneliness'], sched=None)

# ------------------------------------------------------------------ Armagh
S('arm', "Armagh Volunteer Centre", ['CNI-EM-02'], [site('ARMAGH', "Volunteer Centre", "English Street", "Armagh", "Co Armagh")],
  "Find volunteering that suits you: reading with children, the museum, the hospice shop, driving.", "Free", W('MO,TU,WE,TH', '10:00', '15:00', 'Mon-Thu'))
S('cca', "Cumann Cultúrtha Ard Mhacha / Armagh Cultural Society Choir", ['CNI-AR-01', 'CNI-LA-01'], [site('ARMAGH', "Halla an Chumainn", "Abbey Street", "Ard Mhacha / Armagh")],
  "Choir singing in Irish and English. Everyone welcome, no Irish needed.", "£2 a week", W('TH', '19:30', '21:00', 'Déardaoin / Thursdays'), langs=GA)
S('arm', "Armagh Over-50s Walking Group", ['CNI-AC-01'], [site('ARMAGH', "The Mall", "The Mall", "Armagh")],
  "Walks round the Mall and the Palace Demesne.", "Free", W('FR', '10:30', '11:30', 'Fridays'), minage=50)
S('arm', "Armagh Carers Group", ['CNI-CA-01'], [site('ARMAGH', "Community centre", "Lonsdale Street", "ARMAGH")],
  "Monthly carers' group.", "Free", R)
S('sorrow', "Armagh Bereavement Group", ['CNI-BE-01'], [site('ARMAGH', "Parish centre", "Cathedral Road", "Armagh")],
  "Monthly group for bereaved adults.", "Free", M('3MO', '19:00', '20:30', 'Third Monday'))
S('arm', "Armagh Men's Shed", [], [site('ARMAGH', "Unit 7", "Railway Street", "Armagh", "Co. Armagh")],
  "A shed for men: woodwork, restoring bikes, a cup of tea. New members welcome, retired men especially.", needs=['loneliness'],
  sched=W('TU,TH', '10:00', '14:00', 'Tue and Thu'))
S('arm', "Armagh Tuesday Social Club", ['CNI-SC-01'], [site('ARMAGH', "Community centre", "Lonsdale Street", "Armagh")],
  "Afternoon social club.", "Free", W('TU', '14:00', '16:00', 'Tuesdays'), status='inactive',
  alert="Closed: the hall is being refurbished. We will post a restart date here.")
S('arm', "Portadown Retired Volunteers", ['CNI-EM-02'], [site('PORTADOWN', "Town hall", "Edward Street", "Portadown", "Co Armagh")],
  "Volunteering for retired people.", "Free", W('WE', '10:00', '12:00', 'Wednesdays'), minage=55)
S('arm', "Armagh Community Transport", ['CNI-TR-01'], 'phone', "Dial-a-lift for people who cannot use buses.", "Fares from £2", R,
  area='Armagh City, Banbridge and Craigavon', lga=['LGA-0518'])

# ------------------------------------------------------------------ Derry~Londonderry
S('foy', "Foyle Advice Centre", ['CNI-MB-01', 'CNI-MB-02'], [site('DERRY_CITY', "Foyle Advice Centre", "Great James Street", "Derry", "Co. Londonderry")],
  "Benefits and debt advice.", "Free", W('MO,TU,WE,TH,FR', '09:30', '16:00', 'Weekdays'))
S('wsd', "Waterside Housing Advice", ['CNI-HO-01'], [site('DERRY_WATERSIDE', "Waterside Neighbourhood Partnership", "Spencer Road", "Londonderry", "County Londonderry")],
  "Help if you have a notice to quit, rent arrears or nowhere to stay. Waterside and city residents.", "Free", W('MO,TU,TH', '09:30', '15:30', 'Mon, Tue, Thu'),
  area='Derry City and Strabane', lga=['LGA-0236'])
S('wsd', "Waterside Money Drop-in", ['CNI-MB-01'], [site('DERRY_WATERSIDE', "Waterside Neighbourhood Partnership", "Spencer Road", "L'Derry")],
  "Universal Credit, housing benefit, discretionary support grants.", "Free", W('WE', '10:00', '13:00', 'Wednesday mornings'))
S('fyc', "Foyle Young Carers", ['CNI-CA-02'], [site('DERRY_CITY', "Foyle Young Carers Project", "Strand Road", "Derry~Londonderry", "Co. Londonderry")],
  "Clubs, trips and one-to-one support for young carers aged 8 to 18.", "Free", W('TH', '18:00', '20:00', 'Thursday evenings'), minage=8, maxage=18)
S('fyc', "Foyle Young Carers Online Hangout", ['CNI-CA-02'], ('online', 'https://foyle-youngcarers.example/hangout'),
  "Online chat and games night for young carers 11 to 18.", "Free", W('SU', '19:00', '20:30', 'Sunday nights', 'Online (video)'), minage=11, maxage=18, area=NI)
S('youth', "Derry Youth Wellbeing Drop-in (11-18)", ['CNI-MH-01'], [site('DERRY_BOGSIDE', "Youth centre", "Rossville Street", "Derry")],
  "Drop-in for young people who are stressed, anxious or low. Exam stress sessions in spring.", "Free", W('TU,TH', '15:30', '18:30', 'Tue and Thu after school'),
  minage=11, maxage=18)
S('foy', "Foyle Adult Carers Café", ['CNI-CA-01'], [site('DERRY_CITY', "Carers café", "Strand Road", "Londonderry")],
  "Café for adult carers.", "Free", M('2WE', '10:30', '12:30', 'Second Wednesday'), minage=18)
S('sorrow', "Foyle Bereavement Café", ['CNI-BE-01'], [site('DERRY_CITY', "Café room", "Shipquay Street", "Derry")],
  "Monthly café for bereaved adults.", "Free", M('1TH', '11:00', '12:30', 'First Thursday'), status='inactive',
  alert="Not running at present: our facilitator has left. Please ring the Sorrow Shared NI line meanwhile.")
S('wsd', "Derry Parent Support Group", ['CNI-FA-01'], [site('DERRY_WATERSIDE', "Family room", "Spencer Road", "Derry", "County Derry")],
  "Parents' group with a crèche: routines, behaviour, money worries.", "Free", W('WE', '10:00', '11:30', 'Wednesdays in term time'))
S('food', "Creggan Community Pantry", ['CNI-FD-01'], [site('DERRY_CREGGAN', "Pantry", "Central Drive", "Derry")],
  "Membership food pantry.", "£4 a week membership", W('TU,FR', '12:00', '15:00', 'Tue and Fri'))
S('foy', "Derry Peace Bridge Walkers", ['CNI-AC-01'], [site('DERRY_CITY', "Guildhall Square", "Guildhall Square", "Derry~Londonderry")],
  "Walk over the Peace Bridge and along the quay.", "Free", W('WE', '11:00', '12:00', 'Wednesdays'))
S('work', "Derry Jobs Club", ['CNI-EM-01'], [site('DERRY_CITY', "Jobs Club", "Strand Road", "Derry", "Co. Londonderry")],
  "Job search, CVs, part-time and school-hours work.", "Free", W('MO,WE', '10:00', '12:30', 'Mon and Wed mornings'), lga=['LGA-0840'])
S('wsd', "Waterside Men's Shed", [], [site('DERRY_WATERSIDE', "The Shed", "Dungiven Road", "L'Derry")],
  "Men's shed in the Waterside.", needs=['loneliness'], sched=W('TU', '10:00', '14:00', 'Tuesdays'))
S('newc', "Derry ESOL Classes", ['CNI-LE-01'], [site('DERRY_CITY', "Community hall", "Great James Street", "Derry", "Co. Londonderry")],
  "English classes for speakers of other languages.", "Free", W('TU,TH', '10:00', '12:00', 'Tue and Thu'))
S('breathe', "Derry Breathe Well Group", ['CNI-HC-01'], [site('DERRY_CITY', "Community hall", "Great James Street", "DERRY")],
  "Support group for lung conditions.", "Free", M('2TH', '14:00', '15:30', 'Second Thursday'))
S('ttc', "Teen Talk Counselling Derry", ['CNI-MH-02'], [site('DERRY_CITY', "Teen Talk", "Bishop Street", "Derry~Londonderry")],
  "Private counselling for 12 to 18 year olds.", "£35 per session", T('After school appointments'), minage=12, maxage=18)
S('foy', "Derry & Strabane Carers Home Sitting", ['CNI-CA-01'], 'home',
  "A trained sitter stays with the person you care for so you can get out.", "Free (up to 3 hours a week)",
  T('Arranged with you', 'Home visit'), area='Derry City and Strabane')
S('foy', "North West Emergency Housing Line", ['CNI-HO-01'], 'phone', "Out-of-hours help if you have nowhere to stay tonight.", "Free to call",
  T('Evenings and weekends', 'By telephone'), area='Western HSCT')

# ------------------------------------------------------------------ Strabane, Omagh
S('spr', "Strabane Walking Group", ['CNI-AC-01'], [site('STRABANE', "Alley Arts Centre", "Railway Street", "Strabane", "Co. Tyrone")],
  "Easy walks along the Mourne river path. Men and women, all ages.", "Free", W('TU,SA', '10:30', '11:30', 'Tue and Sat'))
S('spr', "Strabane Men's Shed", [], [site('STRABANE', "Unit 3", "Derry Road", "STRABANE")],
  "Men's shed: make things, fix things, have a yarn. Plenty of the men have had a hard year and found it a help.",
  needs=['loneliness', 'mental_health'], sched=W('MO,TH', '10:00', '14:00', 'Mon and Thu'))
S('spr', "Strabane Wellbeing Hub", ['CNI-MH-01'], [site('STRABANE', "Wellbeing Hub", "Main Street", "Strabane", "Co Tyrone")],
  "Drop in and talk to a wellbeing worker, face to face.", "Free", W('WE', '10:00', '15:00', 'Wednesdays'))
S('spr', "Strabane Carers Group", ['CNI-CA-01'], [site('STRABANE', "Wellbeing Hub", "Main Street", "Strabane")],
  "Monthly carers' group.", "Free", M('2TU', '10:30', '12:00', 'Second Tuesday'))
S('food', "Sperrin Foodbank", [], [site('STRABANE', "Church hall", "Bowling Green", "Strabane")],
  "Food bank: emergency food with a voucher.", needs=['food'], sched=W('FR', '11:00', '13:00', 'Fridays'))
S('omh', "Omagh Chair Exercise (60+)", ['CNI-AC-02'], [site('OMAGH', "Community hall", "Market Street", "Omagh", "Co. Tyrone")],
  "Seated exercise for over-60s.", "£2", W('TU', '11:00', '12:00', 'Tuesdays'), minage=60)
S('omh', "Omagh Money Advice", ['CNI-MB-01', 'CNI-MB-02'], [site('OMAGH', "Advice office", "High Street", "Omagh")],
  "Benefits and debt advice.", "Free", R)
S('work', "Omagh Job Club", ['CNI-EM-01'], [site('OMAGH', "Community hall", "Market Street", "Omagh", "Co. Tyrone", pc='BT47 6DU')],
  "Job search help.", "Free", W('TH', '10:00', '12:00', 'Thursdays'))
S('omh', "Omagh Digital Drop-in", ['CNI-LE-02'], [site('OMAGH', "Library", "Dublin Road", "Omagh")],
  "Help with devices.", "Free", W('FR', '10:00', '12:00', 'Fridays'), status='inactive', alert="Finished: funding ended in September.")
S('omh', "Omagh Community Choir", ['CNI-AR-01'], [site('OMAGH', "Strule Arts Centre", "Townhall Square", "OMAGH")],
  "Community choir.", "£20 a term", W('WE', '19:30', '21:00', 'Wednesdays'))

# ------------------------------------------------------------------ Fermanagh
S('ern', "Erne Money & Debt Advice", ['CNI-MB-01', 'CNI-MB-02'], [site('ENNISKILLEN', "Erne Community Network", "Darling Street", "ENNISKILLEN", "Co. Fermanagh"),
  site('LISNASKEA', "Outreach at the library", "Main Street", "Lisnaskea"), site('IRVINESTOWN', "Outreach at the community centre", "Main Street", "Irvinestown, Co. Fermanagh")],
  "Free, confidential debt and benefits advice. We can deal with creditors for you. Outreach in Lisnaskea and Irvinestown.", "Free", W('MO,TU,WE,TH', '09:30', '16:00', 'Mon-Thu'), lga=['LGA-0112'])
S('ern', "Enniskillen Wellbeing Drop-in", ['CNI-MH-01'], [site('ENNISKILLEN', "Wellbeing room", "Belmore Street", "Enniskillen, Co. Fermanagh")],
  "Talk to someone about stress, low mood or worry. No appointment, no diagnosis needed.", "Free", W('TU,FR', '10:00', '15:00', 'Tue and Fri'))
S('cds', "ClearDebt Solutions NI Debt Management Plan", ['CNI-MB-02'], 'phone', "Debt management plans arranged over the phone.",
  "Monthly fee of 15% of your repayment", W('MO,TU,WE,TH,FR', '08:00', '20:00', '8am-8pm', 'By telephone'), area=NI)
S('ern', "Enniskillen Men's Shed", [], [site('ENNISKILLEN', "Unit 9", "Cornagrade Road", "Enniskillen")],
  "Men's shed. Come for the woodwork, stay for the chat. Men who are out of work or feeling down are very welcome.",
  needs=['loneliness', 'mental_health'], sched=W('WE,SA', '10:00', '14:00', 'Wed and Sat'))
S('fttp', "Fermanagh Talking Therapies", ['CNI-MH-02'], [site('ENNISKILLEN', "Therapy rooms", "Church Street", "Enniskillen", "Co. Fermanagh")],
  "Private CBT and counselling.", "£45 a session", None, minage=18)
S('ern', "Lisnaskea Lunch Club", ['CNI-FD-02', 'CNI-SC-01'], [site('LISNASKEA', "Community hall", "Main Street", "Lisnaskea, Co. Fermanagh")],
  "Lunch and company.", "£4", W('TH', '12:00', '14:00', 'Thursdays'))
S('frt', "Irvinestown Carers Support Group", ['CNI-CA-01'], [site('IRVINESTOWN', "Community centre", "Main Street", "Irvinestown", "Co. Fermanagh")],
  "Monthly carers' group.", "Free", M('1WE', '10:30', '12:00', 'First Wednesday'))
S('frt', "Fermanagh Carers Home Sitting", ['CNI-CA-01'], 'home',
  "A sitter comes to your home so you can have a few hours off, or just sit and have a cup of tea in peace.", "Free",
  T('Weekly or fortnightly, arranged with you', 'Home visit'), area='Fermanagh and Omagh')
S('carers', "Western Trust Carers Phone Support", ['CNI-CA-01'], 'phone', "Regular phone calls from a carers' support worker.", "Free",
  W('MO,TU,WE,TH,FR', '09:00', '17:00', 'Weekdays', 'By telephone'), area='Western HSCT', lga=['LGA-0410'])
S('frt', "Fermanagh Rural Befriending Calls", ['CNI-SC-02'], 'phone', "A weekly friendly phone call from a volunteer.", "Free",
  T('Weekly call, time to suit you', 'By telephone'), area='Fermanagh and Omagh', lga=['LGA-0341'])
S('frt', "Fermanagh Rural Community Transport", ['CNI-TR-01'], 'phone', "Door-to-door transport for rural Fermanagh.", "£2.50 return",
  T('Book by phone', 'By telephone'), area='Fermanagh and Omagh', lga=['LGA-0518'])
S('ern', "Irvinestown Walking Group", ['CNI-AC-01'], [site('IRVINESTOWN', "Castle Archdale road end", "Main Street", "Irvinestown")],
  "Walks.", "Free", W('SA', '10:00', '11:00', 'Saturdays'))

# ------------------------------------------------------------------ Causeway Coast and Glens
S('cwb', "Coleraine Advice Centre", ['CNI-MB-01', 'CNI-MB-02'], [site('COLERAINE', "Advice Centre", "Railway Road", "Coleraine", "Co. Londonderry")],
  "Benefits and debt advice.", "Free", None)
S('breathe', "Coleraine Breathe Well Group", ['CNI-HC-01', 'CNI-AC-02'], [site('COLERAINE', "Leisure centre", "Railway Road", "Coleraine")],
  "Support and exercise for lung conditions.", "Free", W('TU', '14:00', '15:00', 'Tuesdays'))
S('glens', "Ballycastle Lung Health Club", ['CNI-HC-01', 'CNI-AC-02'], [site('BALLYCASTLE', "Sheskburn recreation centre", "Mary Street", "Ballycastle", "Co. Antrim")],
  "For people with COPD, asthma or other chest problems: breathing exercises, gentle movement, tea and a talk.", "Free",
  M('2TH', '11:00', '12:30', 'Second Thursday'))
S('glens', "Ballycastle Seafront Stroll", ['CNI-AC-01'], [site('BALLYCASTLE', "Marine Hotel corner", "North Street", "Ballycastle", lat=55.2060, lon=-6.2380)],
  "Slow, flat walk along the seafront with benches to rest.", "Free", W('TU', '10:30', '11:15', 'Tuesdays'))
S('glens', "Ballycastle Friday Club (60+)", ['CNI-SC-01'], [site('BALLYCASTLE', "Community hall", "Castle Street", "BALLYCASTLE")],
  "Cards, tea and company for over-60s.", "£1", W('FR', '14:00', '16:00', 'Fridays'), minage=60)
S('glens', "Glens Community Transport", ['CNI-TR-01'], 'phone', "Dial-a-lift for the Glens and Moyle.", "£3 return", R,
  area='Causeway Coast and Glens', lga=['LGA-0518'])
S('glens', "Cushendall Lunch Club", ['CNI-FD-02'], [site('CUSHENDALL', "Parish hall", "Mill Street", "Cushendall")],
  "Lunch club.", "£4.50 for lunch", W('WE', '12:00', '14:00', 'Wednesdays'))
S('cwb', "Portrush Community Choir", ['CNI-AR-01'], [site('PORTRUSH', "Town hall", "Kerr Street", "Portrush, Co. Antrim"), site('COLERAINE', "Church hall", "Abbey Street", "Coleraine")],
  "Community choir, rehearsing in Portrush and Coleraine on alternate weeks.", "Free", W('TU', '19:30', '21:00', 'Tuesdays'))
S('sorrow', "Portrush Bereavement Group", ['CNI-BE-01'], [site('PORTRUSH', "Church hall", "Main Street", "Portrush")],
  "Monthly group for bereaved adults.", "Free", M('1MO', '19:00', '20:30', 'First Monday'))
S('fyc', "Coleraine Young Carers", ['CNI-CA-02'], [site('COLERAINE', "Youth centre", "Abbey Street", "Coleraine")],
  "Young carers' club.", "Free", W('WE', '18:00', '20:00', 'Wednesdays'), minage=8, maxage=18)
S('roe', "Roe Valley Walks", ['CNI-AC-01'], [site('LIMAVADY', "Roe Valley Country Park", "Dogleap Road", "Limavady", "Co. Londonderry", lat=55.0330, lon=-6.9380)],
  "Led walks in the country park.", "Free", W('SU', '14:00', '15:30', 'Sundays'))
S('roe', "Limavady Community Hub Social", [], [site('LIMAVADY', "Community hub", "Main Street", "LIMAVADY")],
  "Social afternoon: tea, a quiz, a chat.", needs=['loneliness'], sched=T('Every other Thursday afternoon'))
S('breathe', "Causeway COPD Online Exercise", ['CNI-HC-01', 'CNI-AC-02'], ('online', 'https://breathewell-ni.example/online-class'),
  "Online breathing and exercise class.", "Free", W('WE', '11:00', '11:45', 'Wednesdays', 'Online (video)'), area='Northern HSCT')

# ------------------------------------------------------------------ Mid Ulster
S('newc', "Cookstown ESOL Classes", ['CNI-LE-01'], [site('COOKSTOWN', "Community hall", "William Street", "Cookstown", "Co. Tyrone")],
  "Free English classes, beginners to advanced. Crèche on Tuesday mornings.", "Free", W('TU,TH', '10:00', '12:00', 'Tue and Thu'), langs=PL)
S('newc', "Cookstown Evening English Course", ['CNI-LE-01'], [site('COOKSTOWN', "Technical college", "Burn Road", "Cookstown")],
  "Ten-week evening English course with a certificate.", "£65 for 10 weeks", W('MO', '18:30', '20:30', 'Monday evenings'), minage=16)
S('work', "Cookstown Job Club", ['CNI-EM-01'], [site('COOKSTOWN', "Job Club", "James Street", "Cookstown", "N. Ireland")],
  "Job search help, CVs, and help to get qualifications from abroad recognised.", "Free", W('WE', '10:00', '12:00', 'Wednesdays'), langs=PL)
S('newc', "Cookstown Newcomers' Coffee Morning", ['CNI-SC-01'], [site('COOKSTOWN', "Church hall", "Molesworth Street", "Cookstown", "Co. Tyrone")],
  "Coffee morning for people new to Cookstown. Children welcome.", "Free", W('FR', '10:00', '12:00', 'Fridays'), langs=PL)
S('par', "Cookstown Parent & Toddler", ['CNI-FA-01'], [site('COOKSTOWN', "Church hall", "Molesworth Street", "Cookstown")],
  "Parent and toddler group.", "50p", W('MO', '10:00', '11:30', 'Mondays'))
S('newc', "Dungannon ESOL", ['CNI-LE-01'], [site('DUNGANNON', "Community centre", "Market Square", "Dungannon", "Co. Tyrone")],
  "English classes.", "Free", W('MO,WE', '10:00', '12:00', 'Mon and Wed'))
S('mul', "Magherafelt Carers Group", ['CNI-CA-01'], [site('MAGHERAFELT', "Community centre", "Meeting Street", "Magherafelt", "Co. Londonderry")],
  "Carers' group.", "Free", M('3TU', '10:30', '12:00', 'Third Tuesday'))
S('mul', "Mid Ulster Money Advice", ['CNI-MB-01', 'CNI-MB-02'], [site('COOKSTOWN', "Advice office", "Burn Road", "Cookstown", "Co. Tyrone"),
  site('DUNGANNON', "Advice office", "Thomas Street", "Dungannon"), site('MAGHERAFELT', "Advice office", "Broad Street", "Magherafelt")],
  "Benefits and debt advice at three offices.", "Free", W('MO,TU,WE,TH', '09:30', '16:00', 'Mon-Thu (Cookstown Mon/Tue, Dungannon Wed, Magherafelt Thu)'))
S('step', "Dungannon Recovery Group", ['CNI-AD-01'], [site('DUNGANNON', "Community centre", "Market Square", "Dungannon")],
  "Peer recovery meeting.", "Free", W('TU', '19:30', '21:00', 'Tuesdays'))
S('newc', "Newcomers Welcome NI Online ESOL", ['CNI-LE-01'], ('online', 'https://newcomers-ni.example/online-esol'),
  "Live online English classes in the evening.", "Free", W('MO,WE', '19:00', '20:30', 'Mon and Wed evenings', 'Online (video)'), area=NI, langs=PL)

# ------------------------------------------------------------------ Mid and East Antrim, Antrim
S('braid', "Ballymena Chronic Pain Self-management Course", ['CNI-HC-01'], [site('BALLYMENA', "Braid Valley Community Trust", "Bridge Street", "Ballymena", "Co. Antrim")],
  "Six-week course for people living with fibromyalgia, arthritis or long-term pain: pacing, sleep, flare-ups.", "Free",
  W('WE', '10:00', '12:00', 'Wednesdays, six weeks'))
S('braid', "Ballymena Gentle Movement", ['CNI-AC-02'], [site('BALLYMENA', "Braid Valley Community Trust hall", "Bridge Street", "Ballymena", "Co. Antrim")],
  "Very gentle seated and standing movement for people with pain or fatigue. Go at your own pace.", "Free", W('FR', '11:00', '12:00', 'Fridays'))
S('braid', "Braid Wellbeing Café", ['CNI-MH-01'], [site('BALLYMENA', "Wellbeing café", "Church Street", "BALLYMENA")],
  "Peer-support café for anyone struggling with their mental health.", "Free", W('TU', '10:00', '13:00', 'Tuesdays'))
S('bpil', "Braid Pilates Classes", ['CNI-AC-02'], [site('BALLYMENA', "Braid Pilates Studio", "Wellington Street", "Ballymena")],
  "Pilates for all levels.", "£8 per class", W('MO,WE', '18:00', '19:00', 'Mon and Wed'))
S('braid', "Ballymena Money Advice", ['CNI-MB-01', 'CNI-MB-02'], [site('BALLYMENA', "Advice office", "Bridge Street", "Ballymena")],
  "Benefits and debt advice.", "Free", R)
S('sorrow', "Ballymena Bereavement Group", ['CNI-BE-01'], [site('BALLYMENA', "Church hall", "Church Street", "Ballymena")],
  "Monthly group for bereaved adults.", "Free", M('2WE', '19:00', '20:30', 'Second Wednesday'))
S('eac', "Antrim Carers Group", ['CNI-CA-01'], [site('ANTRIM', "Community centre", "Church Street", "Antrim", "County Antrim")],
  "Carers' group.", "Free", None)
S('eac', "Antrim Lough Shore Walking Group", ['CNI-AC-01'], [site('ANTRIM', "Lough Shore Park", "Lough Road", "Antrim", lat=54.7120, lon=-6.2350)],
  "Walks.", "Free", W('WE', '10:00', '11:00', 'Wednesdays'))
S('eac', "Larne Men's Shed", [], [site('LARNE', "Unit 1", "Circular Road", "Larne")],
  "Men's shed.", needs=['loneliness'], sched=None)
S('sorrow', "Larne Bereavement Group", ['CNI-BE-01'], [site('LARNE', "Church hall", "Main Street", "Larne", "Co. Antrim")],
  "Group for bereaved adults.", "Free", T('Every other Monday evening'))
S('eac', "Carrickfergus Community Choir", ['CNI-AR-01'], [site('CARRICK', "Town hall", "Joymount", "Carrickfergus")],
  "Community choir.", "£1 a week", W('TH', '19:30', '21:00', 'Thursdays'))

# ------------------------------------------------------------------ Northern Ireland-wide (phone, online, home)
S('sorrow', "Sorrow Shared NI Bereavement Line", ['CNI-BE-01'], 'phone',
  "Talk to a trained bereavement volunteer on the phone, anywhere in Northern Ireland.", "Free to call",
  W('MO,TU,WE,TH,FR', '10:00', '20:00', 'Weekdays 10am-8pm', 'By telephone'), area=NI)
S('sorrow', "Sorrow Shared Online Grief Circle", ['CNI-BE-01'], ('online', 'https://sorrowshared.example/circle'),
  "Online video group for bereaved adults.", "Free", W('TH', '19:00', '20:00', 'Thursday evenings', 'Online (video)'), area=NI, minage=18)
S('fcall', "Friendly Call NI", ['CNI-SC-02'], 'phone', "A weekly friendly phone call from a volunteer, for people over 60.", "Free",
  T('Weekly, at a time to suit you', 'By telephone'), area=NI, minage=60, lga=['LGA-0341'])
S('calm', "Calm Waters Listening Line", ['CNI-MH-01'], 'phone', "Listening line for adults who are struggling.", "Free",
  T('Every day, 6pm to midnight', 'By telephone'), area=NI, minage=18)
S('carers', "Carers Together NI Advice Line", ['CNI-CA-01'], 'phone', "Advice for unpaid carers: Carer's Allowance, breaks, assessments.", "Free to call",
  W('MO,TU,WE,TH,FR', '09:00', '17:00', 'Weekdays', 'By telephone'), area=NI, lga=['LGA-0410'])
S('carers', "Carers Together Online Carers' Café", ['CNI-CA-01'], ('online', 'https://carerstogether-ni.example/cafe'),
  "Online café for adult carers.", "Free", W('TU', '20:00', '21:00', 'Tuesday evenings', 'Online (video)'), area=NI, minage=18)
S('step', "Stepping Stones Recovery Online Meetings", ['CNI-AD-01'], ('online', 'https://steppingstones-ni.example/meetings'),
  "Daily online peer recovery meetings.", "Free", T('Daily at 8pm', 'Online (video)'), area=NI)
S('breathe', "Breathe Well NI Helpline", ['CNI-HC-01'], 'phone', "Helpline for people with lung conditions and their families.", "Free to call",
  W('MO,TU,WE,TH', '10:00', '16:00', 'Mon-Thu', 'By telephone'), area=NI)
S('digi', "Digital Bridges NI Phone Tutor", ['CNI-LE-02'], 'phone',
  "A patient tutor rings you and talks you through using a phone or tablet, step by step. No computer needed to start.", "Free",
  T('Weekly call, booked with you', 'By telephone'), area=NI)
S('par', "Parent Circle NI Helpline", ['CNI-FA-01'], 'phone', "Support line for parents.", "Free", W('MO,TU,WE,TH,FR', '09:00', '21:00', 'Weekdays', 'By telephone'), area=NI)
S('hcomp', "Homecare Companions NI Companionship Visits", ['CNI-SC-02'], 'home', "Paid companionship visits at home.", "From £21 per hour",
  T('Ring for a quote', 'Home visit'), area=NI, cost=[("Per hour, weekdays", 21.0)])
S('youth', "Youth Connect NI Online Chat (11-18)", ['CNI-MH-01'], ('online', 'https://youthconnect-ni.example/chat'),
  "Online chat with a youth worker for 11 to 18 year olds.", "Free", T('Evenings 5-10pm', 'Online (video)'), area=NI, minage=11, maxage=18)
S('work', "Work Ready NI Online Job Search", ['CNI-EM-01'], ('online', 'https://workready-ni.example/jobsearch'),
  "Online job search sessions.", "£0", W('TU', '14:00', '15:00', 'Tuesdays', 'Online (video)'), area=NI, phone=False)
S('digi', "Digital Bridges NI Online Skills", [], ('online', 'https://digitalbridges-ni.example/learn'),
  "Online videos and live sessions on using email, the internet and video calls.", needs=['digital'], fees=NOFEE, sched=None, area=NI)
S('calm', "Calm Waters Walk and Talk Online", [], ('online', 'https://calmwaters-ni.example/walk'),
  "Join a video call while you walk, to talk about how you're feeling.", needs=['mental_health', 'physical_activity'], fees="Free",
  sched=T('Sunday mornings', 'Online (video)'), area=NI, minage=18)

# ------------------------------------------------------------------ more, added for coverage and mess
S('orm', "Ormeau Road Sunday Soup", [], [site('ORMEAU', "Church hall", "Ormeau Road", "Belfast 7")],
  "Hot soup, bread and company on a Sunday, when everything else is shut.", needs=['food', 'loneliness'], fees="Pay what you can",
  sched=W('SU', '12:30', '14:00', 'Sundays'))
S('and', "Cumann Siúlóide Bhéal Feirste / Belfast Irish-speaking Walkers", [], [site('ANDYTOWN', "Ionad Pobail", "Andersonstown Road", "Béal Feirste / Belfast")],
  "Siúlóidí Dé Sathairn: Saturday walks on the Black Mountain and in the parks, chatting in Irish. Learners welcome.",
  needs=['physical_activity', 'loneliness'], sched=T('Dé Sathairn, gach coicís / Every other Saturday'), langs=GA)
S('ern', "Lisnaskea Knit & Natter", [], [site('LISNASKEA', "Library", "Main Street", "Lisnaskea")],
  "Bring your knitting or learn, have a natter.", needs=['loneliness', 'arts'], fees="No charge", sched=W('MO', '14:00', '16:00', 'Mondays'))
S('cwb', "Portrush Sea Swimmers", [], [site('PORTRUSH', "West Strand steps", "Bath Road", "Portrush, Co. Antrim", lat=55.2030, lon=-6.6580)],
  "All-year sea dipping with a friendly crowd. Good for the head.", needs=['physical_activity', 'mental_health'], sched=T('Most mornings at 8, check the group chat'))
S('and2', "Newtownards Community Fridge", [], [site('NEWTOWNARDS', "Community centre", "Frances Street", "Newtownards")],
  "Surplus food from local shops, free to anyone.", needs=['food'], fees="£0", sched=W('MO,WE,FR', '14:00', '16:00', 'Mon, Wed, Fri'))
S('cwb', "Coleraine Walking Football", ['CNI-AC-02'], [site('COLERAINE', "Leisure centre", "Railway Road", "Coleraine")],
  "Walking football.", "£2.50", W('FR', '11:00', '12:00', 'Fridays'), status='inactive', alert="No sessions this season.")
S('and2', "Bangor Parent Café", ['CNI-FA-01'], [site('BANGOR', "Church hall", "Hamilton Road", "Bangor")],
  "Café for parents of young children.", "Free", W('TH', '10:00', '11:30', 'Thursdays'), status='inactive', alert="Closed for the summer; dates to follow.")
S('eac', "Northern Trust Home Befriending", ['CNI-SC-02'], 'home', "A volunteer visits older people at home each week.", "Free",
  T('Weekly visits', 'Home visit'), area='Northern HSCT', minage=65, lga=['LGA-0341'])
S('arm', "Southern Area Carers Sitting Service", ['CNI-CA-01'], 'home', "A sitter so that carers can have a break.", "Free",
  T('Arranged with you', 'Home visit'), area='Southern HSCT', lga=['LGA-0410'])
S('down', "South Eastern Befriending Calls", ['CNI-SC-02'], 'phone', "Weekly phone befriending.", "Free",
  T('Weekly', 'By telephone'), area='South Eastern HSCT', minage=60)
S('nry', "Newry Canal Towpath Walk", ['CNI-AC-01'], [site('NEWRY', "Town hall", "Bank Parade", "Newry")],
  "Walk on the canal towpath.", "Free", W('SA', '10:00', '11:00', 'Saturdays'))
S('eac', "Antrim Digital Drop-in", ['CNI-LE-02'], [site('ANTRIM', "Library", "Church Street", "Antrim")],
  "Help with devices.", "Free", W('TH', '10:00', '12:00', 'Thursdays'), status='inactive', alert="Suspended while the library is refurbished.")
S('spr', "Strabane Over-60s Lunch Club", ['CNI-FD-02', 'CNI-SC-01'], [site('STRABANE', "Parish centre", "Barrack Street", "Strabane")],
  "Lunch and company.", "£4 soup and sandwich", W('TH', '12:00', '14:00', 'Thursdays'), minage=60)
S('mul', "Magherafelt Over-50s Social", [], [site('MAGHERAFELT', "Community centre", "Meeting Street", "Magherafelt")],
  "Afternoon tea, bingo and a chat for the over-50s.", needs=['loneliness'], fees="£1", sched=M('1TU,3TU', '14:00', '16:00', '1st and 3rd Tuesday'), minage=50)
S('frt', "Fermanagh Rural Support Helpline", [], 'phone',
  "A listening ear for farming and rural families under pressure: money worries, stress, isolation.", needs=['mental_health', 'money'],
  fees="Free to call", sched=T('Weekdays 9-5', 'By telephone'), area='Western HSCT',
  elig="For farming and rural families.")
