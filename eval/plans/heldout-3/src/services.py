# Hand-written service table. Fields: org, name, needs, mode, locs, desc, and options.
def W(byday, o, c, desc): return ('W', byday, o, c, desc)
def M(byday, o, c, desc): return ('M', byday, o, c, desc)
def T(desc): return ('T', desc)
RING = ('T', 'Ring for times')
SV = []
def S(org, name, needs, mode, locs, desc, **kw):
    SV.append(dict(org=org, name=name, needs=needs, mode=mode, locs=locs, desc=desc, **kw))

# ---------------- Cardiff ----------------
S('cva', "Cardiff Money Advice Centre / Canolfan Cyngor Ariannol Caerdydd", ['money'], 'in_person',
  [('cardiff', 'Canolfan Cyngor, 2nd floor', 'Charles Street', 'Caerdydd')],
  "Benefits checks, debt and energy bills. Advisers speak Welsh and English. Drop in or book.",
  fee="Am ddim / Free", sch=W('MO,TU,WE,TH,FR', '09:30', '16:00', 'Llun-Gwener 9.30-4 / Mon-Fri 9.30-4'), cy=True)
S('cva', "Splott Money Drop-in", ['money'], 'in_person',
  [('splott', 'STAR Hub community room', 'Splott Road', 'Cardiff')],
  "Weekly drop-in for bills, Universal Credit and debt worries.", sch=W('TH', '10:00', '13:00', 'Thursday mornings'))
S('cva', "Cardiff Housing Options Advice", ['housing'], 'in_person',
  [('cardiff', 'Canolfan Cyngor', 'Charles Street', 'CARDIFF')],
  "Advice if you are at risk of losing your home, in disrepair or in rent arrears. Cardiff residents only.",
  area='Cardiff', sch=W('MO,WE', '10:00', '15:00', 'Mon and Wed by appointment'))
S('llety', "Llety Cardiff Housing Support", ['housing'], 'in_person',
  [('cardiff', 'Llety Hub', 'Westgate Street', 'Cardiff')],
  "Tenancy support workers for adults who have been homeless or are at risk. Must have a Cardiff local connection.",
  area='Cardiff', mn=18, sch=RING)
S('cva', "Cardiff Refugee Advice Line", ['housing', 'money'], 'phone', [],
  "Phone advice for refugees and asylum seekers living in Cardiff: housing, move-on from asylum accommodation, benefits. Interpreters booked on request.",
  fee="Free to call", area='Cardiff', sch=W('TU,TH', '10:00', '14:00', 'Tue and Thu 10-2'))
S('cefood', "Splott Community Pantry", ['food'], 'in_person',
  [('splott', 'Pantri Sblot', 'Carlisle Street', 'Cardiff')],
  "Members choose around ten items a week for a weekly fee.", fee="£4 a week membership", free=False,
  sch=W('FR', '12:00', '15:00', 'Fridays 12-3'))
S('cefood', "Tremorfa Food Bank", ['food'], 'in_person',
  [('splott', 'Tremorfa Community Church hall', 'Mona Place', 'Cardiff')],
  "Three days of emergency food with a referral voucher; we can issue a voucher on the day.",
  sch=W('TU,FR', '11:00', '13:00', 'Tuesday and Friday 11-1'), elig="Referral voucher or self-referral on the day")
S('cefood', "Ely Pay-as-you-feel Café", ['food', 'loneliness'], 'in_person',
  [('ely', 'Caerau & Ely Community Centre', 'Grand Avenue', 'Caerdydd')],
  "Hot lunches made from surplus food. Sit with others, no questions asked. Pay what you can.",
  fee="Pay as you feel", tax=False, sch=T('Weekday lunchtimes 12 till 2, not bank holidays'))
S('meddwl', "Meddwl Da Wellbeing Drop-in Cardiff", ['mental_health'], 'in_person',
  [('cardiff', 'Meddwl Da rooms', 'Womanby Street', 'Cardiff')],
  "Talk to a peer supporter about low mood, anxiety or stress. No referral needed.", mn=18,
  sch=W('MO,WE', '17:00', '20:00', 'Mon and Wed evenings 5-8'))
S('meddwl', "Meddwl Da Youth Space (14-25)", ['mental_health'], 'in_person',
  [('cathays', 'Youth Space', 'Crwys Road', 'Cardiff')],
  "A relaxed space for young people to talk about how they feel, with youth workers.", mn=14, mx=25,
  sch=W('TU,TH', '16:00', '19:00', 'After school Tue and Thu'))
S('therapi', "Therapi Plus Private Counselling", ['mental_health'], 'in_person',
  [('cardiff', 'Therapi Plus', 'Cathedral Road', 'Cardiff'), ('pontypridd', 'Therapi Plus Pontypridd', 'Taff Street', 'Pontypridd')],
  "BACP-registered counsellors; weekly 50-minute sessions at our Cardiff and Pontypridd rooms.",
  fee="£45 per session", free=False, mn=16, sch=T('Appointments Mon-Sat including evenings'),
  cost=[("Standard session", 45, "per 50-minute session"), ("Concession", 30, "students and people on benefits")])
S('adfer', "Adfer Recovery Café Cardiff", ['alcohol_drugs', 'loneliness'], 'in_person',
  [('cardiff', 'Adfer Café', 'Tudor Street', 'Cardiff')],
  "Alcohol- and drug-free café run by people in recovery. Come for a brew, a meeting or just company.", mn=18,
  sch=W('WE,SA', '11:00', '16:00', 'Wednesday and Saturday 11-4'))
S('adfer', "Splott Tuesday Recovery Circle", ['alcohol_drugs'], 'in_person',
  [('splott', 'Splott Community Centre', 'Muirton Road', 'Cardiff')],
  "Peer recovery circle.", status='inactive', alert="Closed since the summer while we look for a new venue.",
  mn=18, sch=W('TU', '18:30', '20:00', 'Tuesday evenings'))
S('adfer', "Cardiff Recovery Walking Group", ['alcohol_drugs', 'physical_activity'], 'in_person',
  [('roath', 'Roath Park boathouse (meet)', 'Lake Road West', 'Cardiff')],
  "Gentle walk round the lake and a cuppa afterwards, for anyone in or thinking about recovery.", mn=18,
  sch=W('SU', '10:30', '12:00', 'Sundays 10.30'))
S('harbour', "Harbour House Private Rehab", ['alcohol_drugs'], 'in_person',
  [('butetown', 'Harbour House', 'Bute Crescent', 'Cardiff Bay')],
  "28-day residential detox and rehabilitation.", fee="From £2,400 per week", free=False, mn=18, sch=None)
S('cerdded', "Splott Health Walk / Taith Iach Sblot", ['physical_activity'], 'in_person',
  [('splott', 'Splott Park gates', 'Splott Road', 'Cardiff')],
  "A 45-minute flat walk led by trained volunteers.", sch=W('MO', '10:00', '11:00', 'Dydd Llun 10am / Mondays 10am'))
S('cerdded', "Grŵp Cerdded Parc Bute / Bute Park Walking Group", ['physical_activity', 'loneliness'], 'in_person',
  [('cardiff', 'Bute Park visitor centre', 'North Road', 'Caerdydd')],
  "A sociable walk and a sit-down coffee. All paces.", sch=W('TH', '10:30', '12:00', 'Thursdays 10.30'), cy=True)
S('carers', "Cardiff Carers Phone Line", ['carers'], 'phone', [],
  "Talk to a carers' support worker about breaks, carer's assessments and benefits. For carers living in Cardiff.",
  fee="Free to call", area='Cardiff', sch=W('MO,TU,WE,TH,FR', '09:00', '17:00', 'Weekdays 9-5'))
S('carers', "Carers Connect Carers Café", ['carers', 'loneliness'], 'in_person',
  [('cardiff', 'Cathays Community Centre', 'Cathays Terrace', 'Cardiff'), ('newport', 'Newport Central Library café', 'John Frost Square', 'Casnewydd')],
  "Monthly café for unpaid carers at two venues: Cardiff on the first Monday, Newport on the third Monday.",
  mn=18, sch=M('1MO,3MO', '10:30', '12:30', 'Cardiff 1st Monday, Newport 3rd Monday'))
S('carers', "Young Adult Carers Group Cardiff", ['carers'], 'in_person',
  [('cathays', 'Cathays Youth & Community Centre', 'Cathays Terrace', 'Cardiff')],
  "Social group for carers aged 18 to 25.", mn=18, mx=25, area='Cardiff', sch=W('WE', '18:00', '20:00', 'Wednesday evenings'))
S('henoed', "Cardiff Home Visiting Befrienders", ['loneliness'], 'home_visit', [],
  "A volunteer visits you at home once a week for a chat. For people over 60 living in Cardiff.",
  area='Cardiff', mn=60, sch=RING)
S('henoed', "Grangetown Lunch Club", ['loneliness', 'food'], 'in_person',
  [('grangetown', 'Grangetown Hub', 'Havelock Place', 'Cardiff')],
  "Two-course lunch and bingo for over-60s.", fee="£4.50 for a two-course lunch", free=False, mn=60,
  sch=W('TU', '12:00', '14:00', 'Tuesdays 12-2'))
S('lcovid', "Cardiff Long COVID Peer Group", ['long_term_conditions'], 'in_person',
  [('cardiff', 'Cardiff Central Library, meeting room 2', 'The Hayes', 'Cardiff')],
  "Monthly meet-up to share pacing tips and support.", mn=18, sch=M('2WE', '14:00', '15:30', 'Second Wednesday of the month'))
S('lcovid', "Long COVID Cymru Online Peer Group", ['long_term_conditions', 'mental_health'], 'online', [],
  "Fortnightly video group with cameras optional, for adults in Wales with long COVID or post-viral fatigue. Short sessions with rest breaks.",
  mn=18, area='Wales', sch=T('Every other Tuesday 7pm (45 minutes)'))
S('cor', "Côr Caerdydd Community Choir", ['arts', 'loneliness'], 'in_person',
  [('cathays', 'Eglwys Minny Street hall', 'Minny Street', 'Cardiff')],
  "Sing pop, folk and Welsh songs. No audition.", fee="£3 a week", free=False, mn=16, sch=W('MO', '19:00', '21:00', 'Monday nights'), cy=True)
S('gwaith', "Gwaith Da Cardiff Jobs Hub", ['employment'], 'in_person',
  [('cardiff', 'Gwaith Da', 'Queen Street', 'Cardiff')],
  "CVs, applications and a work coach. Walk in.", mn=16, sch=W('MO,TU,WE,TH', '09:30', '16:30', 'Mon-Thu'))
S('gwaith', "Gwaith Da 50+ Work Coach", ['employment'], 'in_person',
  [('cardiff', 'Gwaith Da', 'Queen Street', 'Cardiff'), ('merthyr', 'Gwaith Da Merthyr', 'High Street', 'Merthyr Tydfil')],
  "One-to-one coaching for people aged 50 and over returning to work.", mn=50, sch=RING)
S('gwaith', "Gwaith Da Online Job Search Course", ['employment', 'digital'], 'online', [],
  "Four-week online course: job sites, online applications, video interviews. Needs your own device and internet.",
  mn=16, sch=T('Self-paced with a weekly live session on Thursdays at 11'))
S('fresh', "Fresh Start Cardiff Mentoring", ['employment', 'housing'], 'in_person',
  [('cardiff', 'Fresh Start office', 'Newport Road', 'Cardiff')],
  "Mentors with lived experience support people released from prison to Cardiff: housing, ID, benefits and work.",
  area='Cardiff', mn=18, sch=W('MO,TU,WE,TH,FR', '09:00', '17:00', 'Weekdays'))
S('digi', "Cathays Library Digital Drop-in", ['digital'], 'in_person',
  [('cathays', 'Cathays Heritage Library', 'Fairoak Road', 'Cardiff')],
  "Bring your phone or tablet, or use ours. Help with email, NHS app and online forms.",
  sch=W('FR', '10:00', '12:00', 'Friday mornings'))
S('teulu', "Ely Family Centre Parent Groups", ['parenting'], 'in_person',
  [('ely', 'Teulu Cyntaf Ely', 'Cowbridge Road West', 'Cardiff')],
  "Baby groups, dads' stay-and-play and parenting courses for Cardiff families.", area='Cardiff',
  sch=T('Term time: see the weekly timetable'))
S('sport', "Cardiff Bay Walking Football (50+)", ['physical_activity'], 'in_person',
  [('butetown', 'Channel View Leisure Centre', 'Jim Driscoll Way', 'Cardiff')],
  "Walking football for over-50s, all abilities.", fee="£2 a session", free=False, mn=50,
  sch=W('WE', '11:00', '12:00', 'Wednesdays 11'))

# ---------------- Newport ----------------
S('nca', "Newport Community Advice Housing Clinic", ['housing', 'money'], 'in_person',
  [('newport', 'Cyngor Cymunedol', 'Commercial Street', 'Newport')],
  "Housing and money advice with interpreters (Arabic, Farsi, Kurdish Sorani, Tigrinya, Ukrainian) booked free.",
  sch=W('TU,WE,TH', '10:00', '15:00', 'Tue-Thu 10-3'), langs=['en', 'ar', 'fa', 'ckb', 'ti', 'uk'])
S('nca', "Newport Money Advice Line", ['money'], 'phone', [],
  "Phone advice on debts and benefits for Newport residents.", fee="Free to call", area='Newport', sch=W('MO,TU,WE,TH,FR', '09:00', '16:00', 'Weekdays 9-4'))
S('croeso', "Croeso Newport Welcome Hub", ['housing', 'money', 'learning', 'loneliness'], 'in_person',
  [('pill', 'Croeso Hub', 'Commercial Road', 'Newport')],
  "Drop-in for refugees and people seeking asylum: caseworkers for housing and benefits, clothes, phone top-ups, and a conversation café. Interpreters on site most days.",
  sch=W('MO,WE,FR', '10:00', '15:00', 'Mon, Wed, Fri 10-3'), langs=['en', 'ar', 'fa', 'ti', 'uk'])
S('croeso', "Croeso Newport Youth Club", ['learning', 'loneliness'], 'in_person',
  [('pill', 'Croeso Hub', 'Commercial Road', 'Newport')],
  "Games, homework help and trips for young refugees aged 11 to 19.", mn=11, mx=19, sch=W('TH', '16:00', '18:30', 'Thursdays after school'))
S('dysgu', "Newport ESOL Conversation Classes", ['learning'], 'in_person',
  [('maindee', 'Maindee Library', 'Chepstow Road', 'Casnewydd')],
  "Free English conversation classes, beginners welcome. Crèche on Tuesdays.", mn=16,
  sch=W('TU,TH', '09:30', '11:30', 'Tue and Thu mornings'))
S('lingua', "English4Work Intensive Course", ['learning', 'employment'], 'in_person',
  [('newport', 'LinguaWorks', 'Bridge Street', 'Newport')],
  "Ten-week intensive workplace English course with certificate.", fee="£180 for 10 weeks", free=False, mn=18,
  sch=W('MO,TU,WE,TH', '18:00', '20:00', 'Evenings'))
S('dads', "Newport Dads Group", ['parenting'], 'in_person',
  [('maindee', 'Maindee Triangle', 'Chepstow Road', 'Newport')],
  "Saturday stay-and-play and chat for dads and male carers living in Newport.", area='Newport',
  sch=W('SA', '10:00', '12:00', 'Saturdays 10-12'))
S('cefood', "Maindee Food Share", ['food'], 'in_person',
  [('maindee', 'Maindee Festival hall', 'Chepstow Road', 'Newport')],
  "Surplus food and a warm drink.", fee="Pay as you feel", sch=W('WE', '14:00', '16:00', 'Wednesday afternoons'))
S('cerdded', "Newport Riverside Health Walk", ['physical_activity'], 'in_person',
  [('newport', 'Riverfront Theatre steps', 'Bristol Packet Wharf', 'Newport')],
  "Flat 40-minute walk along the Usk.", sch=W('FR', '10:00', '11:00', 'Fridays 10am'))
S('carers', "Newport Carers Drop-in", ['carers'], 'in_person',
  [('newport', 'Carers Connect Newport', 'Cambrian Road', 'Newport')],
  "Information and a cuppa for unpaid carers.", mn=18, sch=W('TH', '10:00', '13:00', 'Thursdays'))
S('gss', "Gwent Substance Support Newport", ['alcohol_drugs'], 'in_person',
  [('newport', 'GSS Newport', 'Stow Hill', 'Newport')],
  "Assessment, key working and groups for adults worried about alcohol or drugs in Newport and Blaenau Gwent.",
  mn=18, area='Gwent', sch=W('MO,TU,WE,TH,FR', '09:00', '17:00', 'Weekdays, drop in 10-12'))
S('digi', "Newport Digital Buddies", ['digital'], 'in_person',
  [('newport', 'Newport Central Library', 'John Frost Square', 'Newport')],
  "One-to-one tablet help for older people.", tax=False, status='inactive', mn=60,
  alert="Paused: recruiting new volunteers.", sch=None)
S('cefood', "Pill Community Kitchen", ['food', 'loneliness'], 'in_person',
  [('pill', 'Pillgwenlly Millennium Centre', 'Courtybella Terrace', 'Newport')],
  "Cook and eat together, recipes from around the world.", fee="Donations welcome", tax=False,
  sch=T('Every Tuesday 5-7pm'))

# ---------------- Swansea ----------------
S('sbap', "Swansea Money Advice Centre", ['money'], 'in_person',
  [('swansea', 'Canolfan Cyngor', 'Orchard Street', 'Abertawe')],
  "Benefits, debt and cost-of-living advice.", sch=W('MO,TU,WE,TH,FR', '09:30', '16:00', 'Weekdays'))
S('sbap', "Swansea Student Money Clinic", ['money'], 'in_person',
  [('sketty', 'Singleton campus advice point', 'Sketty Lane', 'Swansea')],
  "Budgeting and debt help for students aged 16 to 30.", mn=16, mx=30, sch=W('WE', '12:00', '15:00', 'Wednesdays in term'))
S('cartref', "Cartref Housing Aid Swansea", ['housing'], 'in_person',
  [('swansea', 'Cartref', 'Kingsway', 'Swansea')],
  "Homelessness prevention, move-on and tenancy advice for people in the City and County of Swansea, including people leaving prison.",
  area='Swansea', sch=W('MO,TU,WE,TH,FR', '09:00', '16:30', 'Weekdays, drop in before 12'))
S('cartref', "Swansea Youth Housing Advice", ['housing'], 'in_person',
  [('swansea', 'Cartref Youth', 'Kingsway', 'Swansea')],
  "Housing advice for 16 to 25 year olds.", mn=16, mx=25, area='Swansea', sch=W('TU', '13:00', '17:00', 'Tuesday afternoons'))
S('fresh', "Fresh Start Swansea Mentoring", ['employment', 'housing'], 'in_person',
  [('swansea', 'Fresh Start Swansea', 'Mansel Street', 'Swansea')],
  "Mentors with lived experience for people released from HMP Swansea and other prisons to the Swansea area: housing, ID, bank account, benefits and work.",
  area='Swansea', mn=18, sch=W('MO,TU,WE,TH,FR', '09:00', '17:00', 'Weekdays'))
S('gwaith', "Swansea Jobs Hub", ['employment'], 'in_person',
  [('swansea', 'Gwaith Da Swansea', 'Oxford Street', 'Swansea')],
  "Work coaches, CV help and job fairs. We welcome people with convictions.", mn=16, sch=W('MO,TU,WE,TH,FR', '09:30', '16:30', 'Weekdays'))
S('gwaith', "Swansea Digital Skills Bootcamp", ['digital', 'employment'], 'in_person',
  [('swansea', 'Gwaith Da Swansea', 'Oxford Street', 'Swansea')],
  "Six-week course in basic computer skills for work.", mn=19, sch=W('TU,TH', '10:00', '13:00', 'Tue and Thu mornings'))
S('adfer', "Swansea Recovery Café", ['alcohol_drugs', 'loneliness'], 'in_person',
  [('swansea', 'Adfer Swansea', 'Walter Road', 'Swansea')],
  "Recovery café and mutual aid meetings.", mn=18, sch=W('TU,FR', '11:00', '16:00', 'Tue and Fri'))
S('talking', "Swansea Talking Space Drop-in", ['mental_health'], 'in_person',
  [('swansea', 'Talking Space', 'St Helen\'s Road', 'Swansea')],
  "Drop in to talk to a trained listener.", mn=18, sch=W('MO,WE,FR', '12:00', '18:00', 'Mon, Wed, Fri'))
S('sheds', "Morriston Men's Shed", ['loneliness'], 'in_person',
  [('morriston', 'Morriston Shed', 'Woodfield Street', 'Swansea')],
  "Woodwork, repairs and chat.", fee="£2 a visit", free=False, mn=18, sch=W('TU,TH', '09:30', '13:00', 'Tue and Thu mornings'))
S('rfs', "Townhill Food Bank", ['food'], 'in_person',
  [('townhill', 'Townhill Community Centre', 'Gors Avenue', 'Swansea')],
  "Emergency food parcels.", sch=W('MO,TH', '12:00', '14:00', 'Mon and Thu 12-2'))
S('actif', "Sketty Chair Yoga", ['physical_activity', 'long_term_conditions'], 'in_person',
  [('sketty', 'Sketty Hall', 'Sketty Park', 'Swansea')],
  "Seated yoga for people with arthritis or limited mobility.", fee="£5 a class", free=False, mn=55,
  sch=W('WE', '10:00', '11:00', 'Wednesdays 10am'))
S('galar', "Swansea Bay Bereavement Group", ['bereavement'], 'in_person',
  [('swansea', 'Galar Cymru Swansea', 'Walter Road', 'Swansea')],
  "Monthly group for people who have lost someone close.", mn=18, sch=M('1TH', '14:00', '16:00', 'First Thursday of the month'))
S('carers', "Swansea Young Carers", ['carers'], 'in_person',
  [('swansea', 'Carers Connect Swansea', 'Mansel Street', 'Swansea')],
  "Clubs and trips for young carers aged 8 to 18 in Swansea.", mn=8, mx=18, area='Swansea', sch=W('TU', '16:30', '18:30', 'Tuesdays'))
S('menter', "Paned a Sgwrs Abertawe / Welsh Speakers' Coffee Swansea", ['loneliness', 'learning'], 'in_person',
  [('swansea', 'Tŷ Tawe', 'Christina Street', 'Abertawe')],
  "Sgwrs anffurfiol yn Gymraeg i siaradwyr a dysgwyr. / Informal chat in Welsh for speakers and learners.",
  tax=False, cy=True, sch=W('SA', '10:30', '12:00', 'Bore Sadwrn / Saturday mornings'))
S('cor', "Swansea Sings Community Choir", ['arts'], 'in_person',
  [('swansea', 'Brangwyn Hall annexe', 'Guildhall', 'Swansea')],
  "Community choir.", fee="Donations welcome", status='inactive', alert="Taking a break until further notice.", sch=None)
S('teulu', "Morriston Parent & Toddler", ['parenting'], 'in_person',
  [('morriston', 'Morriston Family Centre', 'Clase Road', 'Swansea')],
  "Play and a chat for parents with under-4s.", sch=W('WE', '09:30', '11:30', 'Wednesday mornings in term'))

# ---------------- Cwm Taf: RCT and Merthyr ----------------
S('ctmm', "Pontypridd Money Advice", ['money'], 'in_person',
  [('pontypridd', 'YMa', 'Taff Street', 'Pontypridd')], "Debt and benefits advice.",
  sch=W('MO,WE', '10:00', '15:00', 'Mon and Wed'))
S('ctmm', "Merthyr Money Advice", ['money'], 'in_person',
  [('merthyr', 'Cwm Taf Money Matters', 'Victoria Street', 'Merthyr')],
  "Benefits checks, Universal Credit, debt and bills. Walk in or book.", sch=W('MO,TU,TH,FR', '09:30', '15:30', 'Mon, Tue, Thu, Fri'))
S('ctmm', "Cwm Taf Money Helpline", ['money'], 'phone', [],
  "Phone money advice for Rhondda Cynon Taf and Merthyr Tydfil residents.", fee="Free to call", area='Cwm Taf',
  sch=W('MO,TU,WE,TH,FR', '09:00', '17:00', 'Weekdays'))
S('yc', "Cwm Taf Young Carers Club (Pontypridd)", ['carers', 'loneliness'], 'in_person',
  [('pontypridd', 'Pontypridd YMCA', 'Taff Street', 'Pontypridd')],
  "Fortnightly club for young carers aged 11 to 18: time out, trips, and someone to talk to about school.",
  mn=11, mx=18, area='Cwm Taf', sch=T('Every other Friday 5-7pm'))
S('yc', "Young Carers Online Hangout", ['carers', 'loneliness'], 'online', [],
  "Moderated online evening for young carers aged 12 to 18 across Wales: games, chat, and a youth worker if you want to talk.",
  mn=12, mx=18, sch=W('WE', '19:00', '20:00', 'Wednesday 7-8pm'))
S('yc', "Merthyr Young Carers Club", ['carers'], 'in_person',
  [('merthyr', 'Merthyr YMCA', 'Pontmorlais', 'Merthyr Tydfil')],
  "Club for young carers aged 8 to 18.", mn=8, mx=18, area='Merthyr Tydfil', sch=W('MO', '16:30', '18:30', 'Mondays'))
S('carers', "Carers Connect RCT Carers Café", ['carers', 'loneliness'], 'in_person',
  [('pontypridd', 'Muni Arts Centre café', 'Gelliwastad Road', 'Pontypridd')],
  "Café for adult carers.", mn=18, sch=M('2TU', '10:30', '12:30', '2nd Tuesday monthly'))
S('carers', "Carers Connect Online Carers Café", ['carers', 'loneliness'], 'online', [],
  "Weekly video café for adult unpaid carers anywhere in Wales. Join from home; a phone dial-in is available.",
  mn=18, sch=W('TH', '19:30', '20:30', 'Thursday evenings'))
S('ctwell', "Pontypridd Youth Wellbeing Drop-in", ['mental_health'], 'in_person',
  [('pontypridd', 'Pontypridd YMCA', 'Taff Street', 'Pontypridd')],
  "Youth workers and counsellors for 14 to 25 year olds. Worries about stress, school, home or caring.",
  mn=14, mx=25, sch=W('TU,TH', '15:30', '18:30', 'Tue and Thu after school'))
S('ctwell', "Cwm Taf Wellbeing Line", ['mental_health'], 'phone', [],
  "Listening line and guided self-help for people aged 16 and over in Rhondda Cynon Taf and Merthyr Tydfil.",
  fee="Free to call", mn=16, area='Cwm Taf', sch=T('Every day 10am to 10pm'))
S('ctwell', "Aberdare Gentle Movement", ['physical_activity', 'long_term_conditions'], 'in_person',
  [('aberdare', 'Canolfan Aberdâr', 'Canon Street', 'Aberdare')],
  "Seated and standing movement at your own pace for people with fatigue, pain or long COVID. Rest whenever you need.",
  broken='missing', sch=W('FR', '11:00', '11:45', 'Fridays 11am'))
S('actif', "Aberdare Pilates", ['physical_activity'], 'in_person',
  [('aberdare', 'Sobell Leisure Centre', 'Ynys', 'RCT')],
  "Mat pilates.", fee="£6 a class", free=False, mn=16, sch=W('MO,WE', '18:00', '19:00', 'Mon and Wed 6pm'))
S('lcovid', "Pontypridd Long COVID Coffee", ['long_term_conditions'], 'in_person',
  [('pontypridd', 'Clwb y Bont', 'Taff Street', 'Pontypridd')],
  "Informal monthly coffee for people with long COVID.", sch=M('3SA', '11:00', '12:30', 'Third Saturday'))
S('henoed', "Treorchy Lunch Club", ['loneliness', 'food'], 'in_person',
  [('treorchy', 'Park & Dare Hall lesser hall', 'Station Road', 'Treorci, RCT')],
  "Dinner, pudding and company for over-60s.", fee="£4 for dinner and pudding", free=False, mn=60,
  sch=W('WE', '12:00', '14:00', 'Wednesdays'))
S('henoed', "RCT Home Befriending Visits", ['loneliness'], 'home_visit', [],
  "A volunteer visits you at home every week or fortnight, for people over 60 in Rhondda Cynon Taf who find it hard to get out. Welsh-speaking volunteers available.",
  area='Rhondda Cynon Taf', mn=60, sch=RING, cy=True)
S('henoed', "Tonypandy Tea Dance", ['loneliness', 'physical_activity'], 'in_person',
  [('tonypandy', 'Naval Club', 'Dunraven Street', 'Rhondda Cynon Taf')],
  "Monthly afternoon tea dance.", fee="£3 on the door", free=False, mn=50, sch=M('1SU', '14:00', '16:30', 'First Sunday'))
S('cyfeillion', "Cyfeillion Phone Friends / Ffrindiau Ffôn", ['loneliness'], 'phone', [],
  "A regular phone call from the same volunteer each week, for people over 50 living anywhere in Wales.",
  fee="Free", area='Wales', mn=50, sch=RING)
S('cyfeillion', "Ffrindiau Ffôn Cymraeg / Welsh-language Phone Friends", ['loneliness'], 'phone', [],
  "Galwad ffôn wythnosol yn Gymraeg gan wirfoddolwr. / A weekly call in Welsh from a Welsh-speaking volunteer, for people over 50 in Wales.",
  fee="Am ddim", area='Wales', mn=50, cy=True, sch=RING)
S('cyfeillion', "Powys Telephone Befriending", ['loneliness'], 'phone', [],
  "Weekly phone calls for over-60s living in Powys.", area='Powys', mn=60, sch=RING)
S('rfs', "Porth Food Bank", ['food'], 'in_person',
  [('porth', 'Porth Plaza', 'Pontypridd Road', 'Porth, Rhondda')],
  "Emergency food with or without a voucher.", sch=W('TU,FR', '10:00', '12:00', 'Tue and Fri'))
S('rfs', "Treorchy Community Fridge", ['food'], 'in_person',
  [('treorchy', 'Treorchy Primary old hall', 'Glyncoli Road', 'Treorchy')],
  "Take what you need from the fridge.", tax=False, sch=T('Open most weekday afternoons'))
S('anadl', "Pontypridd Breathe Easy", ['long_term_conditions'], 'in_person',
  [('pontypridd', 'St Catherine\'s hall', 'Gelliwastad Road', 'Pontypridd')],
  "Support group for people with COPD and other lung conditions.", mn=18, sch=M('2TH', '13:30', '15:00', 'Second Thursday'))
S('anadl', "Merthyr Breathe Easy", ['long_term_conditions', 'loneliness'], 'in_person',
  [('merthyr', 'Soar Centre', 'Pontmorlais', 'Merthyr Tydfil')],
  "Lung health group with speakers and a cuppa.", sch=M('1MO', '13:30', '15:00', 'First Monday'))
S('anadl', "Anadl Online Pulmonary Rehab", ['long_term_conditions', 'physical_activity'], 'online', [],
  "Eight-week online breathing and exercise programme with a physiotherapist.", mn=18, sch=W('TU,FR', '14:00', '15:00', 'Tue and Fri 2pm'))
S('cludiant', "Merthyr Community Car Scheme", ['transport'], 'phone', [],
  "Volunteer drivers take you to appointments, shops and chapel. Book by phone two days ahead. Merthyr Tydfil residents only.",
  fee="45p a mile", free=False, area='Merthyr Tydfil', sch=W('MO,TU,WE,TH,FR', '09:00', '13:00', 'Booking line weekday mornings'))
S('cludiant', "Merthyr Dial-a-Ride", ['transport'], 'phone', [],
  "Door-to-door accessible minibus for people who cannot use buses.", fee="£2 each way", free=False,
  area='Merthyr Tydfil', sch=RING)
S('gwaith', "Merthyr Jobs Club", ['employment'], 'in_person',
  [('gurnos', 'Gurnos Community Hub', 'Gurnos Road', 'Merthyr Tydfil')],
  "Job search, CVs, interview practice and help with childcare costs when you start work.", mn=16,
  sch=W('TU,TH', '10:00', '14:00', 'Tue and Thu 10-2'))
S('procv', "Pro CV Writing Wales", ['employment'], 'online', [],
  "Professional CV and cover letter written for you.", fee="£65 per CV", free=False, sch=None)
S('dads', "Dads Matter Merthyr", ['parenting'], 'in_person',
  [('merthyr', 'Tadau Hub', 'Pontmorlais', 'Merthyr Tydfil')],
  "Weekly group for dads with babies and young children: play, chat, and a dads' worker for one-to-one support.",
  mn=16, sch=W('FR', '10:00', '12:00', 'Fridays 10-12'))
S('dads', "Dads Matter Rhondda", ['parenting'], 'in_person',
  [('tonypandy', 'Tonypandy Community College annexe', 'Llewellyn Street', 'Tonypandy')],
  "Dads' group.", mn=16, sch=W('SA', '10:00', '12:00', 'Saturdays'))
S('ctwell', "Aberdare Recovery Hub", ['alcohol_drugs'], 'in_person',
  [('aberdare', 'The Hub', 'Cardiff Street', 'Aberdâr')],
  "Peer recovery groups and key workers.", mn=18, sch=W('MO,WE', '10:00', '14:00', 'Mon and Wed'))
S('actif', "Pontypridd Lido Swim Sessions", ['physical_activity'], 'in_person',
  [('pontypridd', 'Lido Ponty, Ynysangharad Park', 'Ceridwen Terrace', 'Pontypridd')],
  "Outdoor heated pool, April to September.", fee="£2.50 adults", free=False, sch=T('Daily in season, see website'))
S('rfs', "Merthyr Tydfil Foodbank", ['food'], 'in_person',
  [('merthyr', 'Foodbank warehouse', 'Triangle Business Park', 'Merthyr Tydfil')],
  "Food parcels with a voucher.", sch=W('MO,WE,FR', '11:00', '14:00', 'Mon, Wed, Fri'))
S('galar', "Aberdare Bereavement Café", ['bereavement'], 'in_person',
  [('aberdare', 'Aberdare Library', 'Green Street', 'Aberdare')],
  "Monthly café for anyone grieving.", sch=M('4TU', '14:00', '15:30', 'Last Tuesday'))
S('cor', "Côr Meibion Treorci Open Rehearsals / Treorchy Male Voice Choir", ['arts', 'loneliness'], 'in_person',
  [('treorchy', 'Park & Dare Theatre', 'Station Road', 'Treorchy')],
  "Come and sing with us. Welsh and English repertoire.", fee="Subs £5 a month", free=False, mn=16, cy=True,
  sch=W('TU,TH', '19:30', '21:00', 'Tue and Thu nights'))
S('ctmm', "Cwm Taf Housing Advice", ['housing'], 'in_person',
  [('pontypridd', 'YMa', 'Taff Street', 'Pontypridd')],
  "Housing advice for Rhondda Cynon Taf residents.", area='Rhondda Cynon Taf', sch=W('TU', '10:00', '15:00', 'Tuesdays'))
S('digi', "Merthyr Tydfil Library Computer Help", ['digital'], 'in_person',
  [('merthyr', 'Merthyr Tydfil Central Library', 'High Street', 'Merthyr Tydfil')],
  "Volunteers help with computers and smartphones.", tax=False, sch=T('Wednesdays, 2-4'))
S('cerdded', "Rhondda Valley Walks / Teithiau Cwm Rhondda", ['physical_activity', 'loneliness'], 'in_person',
  [('treorchy', 'Treorchy station (meet)', 'Station Road', 'Treorchy'), ('tonypandy', 'Tonypandy square (meet)', 'Dunraven Street', 'Tonypandy'), ('porth', 'Porth Plaza (meet)', 'Pontypridd Road', 'Porth')],
  "Weekly short walks, rotating between Treorchy, Tonypandy and Porth.", sch=W('TU', '10:00', '11:30', 'Tuesdays, see rota for start point'))

# ---------------- Blaenau Gwent ----------------
S('bgah', "Ebbw Vale Advice Hub", ['money', 'housing'], 'in_person',
  [('ebbwvale', 'The Works, General Offices', 'Steelworks Road', 'Glyn Ebwy')],
  "Money, benefits and housing advice.", sch=W('MO,TU,WE,TH', '09:30', '15:30', 'Mon-Thu'))
S('anadl', "Breathe Easy Ebbw Vale", ['long_term_conditions', 'loneliness'], 'in_person',
  [('ebbwvale', 'Ebbw Vale Institute', 'Church Street', 'Ebbw Vale')],
  "Friendly group for people with COPD and other lung conditions and the people who look after them. Talks, breathing tips and tea.",
  broken='swap', sch=M('2TU', '13:30', '15:00', 'Ail ddydd Mawrth y mis / Second Tuesday of the month'))
S('anadl', "Singing for Lung Health Tredegar", ['long_term_conditions', 'arts'], 'in_person',
  [('tredegar', 'Tredegar Little Theatre', 'Castle Street', 'Tredegar')],
  "Weekly singing group led by a trained practitioner to help breathing. Seated, no experience needed.",
  fee="Donations welcome", sch=W('TH', '11:00', '12:00', 'Thursdays 11am'))
S('sport', "Blaenau Gwent Chair Exercise", ['physical_activity', 'long_term_conditions'], 'in_person',
  [('tredegar', 'Tredegar Leisure Centre studio', 'Stable Lane', 'Tredegar'), ('brynmawr', 'Brynmawr Market Hall', 'Beaufort Street', 'Brynmawr')],
  "Gentle seated exercise for over-50s: Tredegar on Mondays, Brynmawr on Wednesdays.", mn=50,
  sch=T('Mondays 10am Tredegar; Wednesdays 10am Brynmawr'))
S('actif', "Actif Valleys Gym Membership", ['physical_activity'], 'in_person',
  [('ebbwvale', 'Ebbw Vale Sports Centre', 'Beaufort Road', 'Ebbw Vale')],
  "Gym, pool and classes.", fee="£24.99 a month", free=False, mn=16, sch=T('Open 7am-9pm'),
  cost=[("Monthly membership", 24.99, "per month"), ("Concession", 17.50, "per month, over-60s and benefits")])
S('gss', "Gwent Substance Support Ebbw Vale", ['alcohol_drugs'], 'in_person',
  [('ebbwvale', 'GSS Ebbw Vale', 'Bethcar Street', 'Ebbw Vale')],
  "Alcohol and drug support for adults.", mn=18, area='Gwent', sch=W('TU,TH', '09:30', '16:30', 'Tue and Thu'))
S('henoed', "Brynmawr Lunch Club", ['loneliness', 'food'], 'in_person',
  [('brynmawr', 'Brynmawr Market Hall', 'Beaufort Street', 'Brynmawr')],
  "Lunch for over-60s.", fee="Donations welcome", mn=60, sch=W('TH', '12:00', '13:30', 'Thursdays'))
S('cerdded', "Grŵp Cerdded Tredegar / Tredegar Walking Group", ['physical_activity', 'loneliness'], 'in_person',
  [('tredegar', 'Bedwellty Park gates', 'Morgan Street', 'Tredegar')],
  "Short flat walk round Bedwellty Park.", sch=W('WE', '10:30', '11:30', 'Wednesdays'))
S('rfs', "Ebbw Vale Food Bank", ['food'], 'in_person',
  [('ebbwvale', 'Christchurch hall', 'Church Street', 'Ebbw Vale')],
  "Emergency food.", sch=W('MO,TH', '10:00', '12:00', 'Mon and Thu'))

# ---------------- Carmarthenshire ----------------
S('sirgar', "Carmarthenshire Work Advice Line", ['employment'], 'phone', [],
  "A work coach rings you back: job search without a computer, CVs posted to you, and help to apply by phone or paper. Carmarthenshire residents aged 16+.",
  fee="Free to call", area='Carmarthenshire', mn=16, sch=W('MO,TU,WE,TH,FR', '09:00', '16:30', 'Weekdays'))
S('sirgar', "Llanelli Money Advice", ['money'], 'in_person',
  [('llanelli', 'Llinell Gyngor Llanelli', 'Stepney Street', 'Llanelli')],
  "Benefits and debt advice, including redundancy.", sch=W('TU,WE,TH', '10:00', '15:00', 'Tue-Thu'))
S('digi', "Llanelli Library Digital Drop-in", ['digital'], 'in_person',
  [('llanelli', 'Llanelli Library', 'Vaughan Street', 'Llanelli')],
  "Learn to use a computer from the very beginning: mouse, email, job sites and Universal Credit journal. Library computers available; no internet at home needed.",
  broken='strings', sch=W('MO,WE', '10:00', '12:00', 'Mon and Wed mornings'))
S('dysgusg', "Carmarthen Computer Classes", ['digital'], 'in_person',
  [('carmarthen', 'Dysgu Sir Gâr', 'Lammas Street', 'Caerfyrddin')],
  "Five-week beginners' computer course.", fee="£40 for a 5-week course", free=False, mn=19, sch=W('TH', '13:00', '15:00', 'Thursdays'))
S('gwaith', "Llanelli Job Club", ['employment'], 'in_person',
  [('llanelli', 'Gwaith Da Llanelli', 'Murray Street', 'Llanelli')],
  "Job search with a coach; paper and phone applications supported. Help after redundancy.",
  mn=16, sch=W('TU,TH', '09:30', '12:30', 'Tue and Thu mornings'))
S('cerdded', "Llanelli Coastal Walk Group", ['physical_activity'], 'in_person',
  [('llanelli', 'Discovery Centre, North Dock', 'North Dock', 'Llanelli')],
  "Flat walk on the Millennium Coastal Path.", sch=W('SA', '10:00', '11:30', 'Saturdays'))
S('galar', "Carmarthen Bereavement Group", ['bereavement'], 'in_person',
  [('carmarthen', 'St Peter\'s Church hall', 'Spilman Street', 'Carmarthen')],
  "Group for bereaved adults, in Welsh and English.", mn=18, cy=True, sch=M('2WE', '14:00', '16:00', 'Second Wednesday'))
S('henoed', "Llandeilo Good Neighbours", ['loneliness'], 'home_visit', [],
  "Volunteers visit older people at home in Llandeilo and the Tywi valley.", area='Carmarthenshire', mn=65, sch=RING, cy=True)
S('celf', "Llandeilo Art Circle", ['arts'], 'in_person',
  [('llandeilo', 'Civic Hall', 'Crescent Road', 'Llandeilo')],
  "Painting and drawing circle.", fee="£5 a session", free=False, sch=W('FR', '10:00', '12:30', 'Fridays'))
S('carers', "Carmarthen Carers Centre", ['carers'], 'in_person',
  [('carmarthen', 'Carers Centre', 'King Street', 'Carmarthen')],
  "Carers' information, breaks and assessments.", mn=18, sch=W('MO,TU,WE,TH,FR', '09:30', '16:00', 'Weekdays'))
S('rfs', "Llanelli Food Bank", ['food'], 'in_person',
  [('llanelli', 'Capel Als vestry', 'Marble Hall Road', 'Llanelli')],
  "Emergency food.", sch=W('TU,FR', '10:00', '12:00', 'Tue and Fri'))
S('ctwell', "Carmarthen Mind & Body", ['mental_health'], 'in_person',
  [('carmarthen', 'Y Llwyfan annexe', 'Jackson\'s Lane', 'Carmarthen')],
  "Wellbeing group: stress, sleep and mood.", mn=18, tax=False, sch=T('Mondays 1.30'))

# ---------------- Powys (sparse) ----------------
S('gofalwyr', "Gofalwyr Powys Carers Line", ['carers'], 'phone', [],
  "Talk to a carers' support worker about breaks, sitting services, carer's assessment and benefits. For carers living in Powys, in Welsh or English.",
  fee="Free to call", area='Powys', cy=True, sch=W('MO,TU,WE,TH,FR', '09:00', '17:00', 'Weekdays 9-5'))
S('gofalwyr', "Powys Carers Sitting Service", ['carers'], 'home_visit', [],
  "A trained sitter stays with the person you care for at home so you can rest, go out, or be on the phone in peace. Up to four hours a month free for Powys carers.",
  fee="Free (up to 4 hours a month)", area='Powys', mn=18, sch=RING)
S('gofalwyr', "Brecon Carers Coffee Morning", ['carers', 'loneliness'], 'in_person',
  [('brecon', 'Theatr Brycheiniog café', 'Canal Wharf', 'Aberhonddu')],
  "Coffee morning for carers.", mn=18, sch=M('1FR', '10:30', '12:00', 'First Friday'))
S('cerdded', "Llandrindod Walking for Health / Cerdded er Iechyd Llandrindod", ['physical_activity', 'loneliness'], 'in_person',
  [('llandrindod', 'The Lake, car park (meet)', 'Lakeside', 'Llandrindod')],
  "Gentle walk round the lake and a cuppa. Walk leaders carry a notepad; you do not need to hear well to join.",
  sch=W('TU', '10:30', '11:30', 'Tuesdays 10.30'))
S('sport', "Builth Wells Chair Exercise", ['physical_activity'], 'in_person',
  [('builth', 'Strand Hall', 'Strand Street', 'Builth Wells')],
  "Chair exercise.", status='inactive', alert="Ended when the instructor retired.", mn=55, sch=W('MO', '10:00', '11:00', 'Mondays'))
S('henoed', "Llandrindod Wells Lunch Club", ['loneliness', 'food'], 'in_person',
  [('llandrindod', 'Albert Hall', 'Ithon Road', 'Llandrindod Wells')],
  "Two-course lunch and company for over-60s. Hearing loop in the hall.", fee="£5 for lunch", free=False, mn=60,
  sch=W('TH', '12:00', '14:00', 'Thursdays'))
S('byddar', "Powys Deaf Social Club (online)", ['loneliness'], 'online', [],
  "Video social for Deaf and hard-of-hearing adults in mid Wales, with BSL and live captions. Sign-up and all contact by email or text, no phone calls.",
  mn=18, sch=M('1WE,3WE', '14:00', '15:30', '1st and 3rd Wednesday'))
S('sheds', "Newtown Men's Shed", ['loneliness'], 'in_person',
  [('newtown', 'Old Canal Wharf workshop', 'Canal Road', 'Newtown')],
  "Workshop and chat.", broken='postcode', sch=W('MO,TH', '10:00', '13:00', 'Mon and Thu'))
S('pra', "Powys Rural Advice Line", ['money', 'housing'], 'phone', [],
  "Money and housing advice by phone for Powys residents.", fee="Free to call", area='Powys', sch=W('MO,TU,WE,TH', '09:30', '16:00', 'Mon-Thu'))
S('pra', "Powys Money Advice Outreach", ['money'], 'in_person',
  [('brecon', 'Brecon Library', 'Free Street', 'Brecon'), ('builth', 'Builth Wells Library', 'Castle Road', 'Builth Wells'), ('llandrindod', 'Llandrindod Library', 'Cefnllys Lane', 'Llandrindod Wells')],
  "A monthly advice surgery that moves between Brecon, Builth and Llandrindod.", area='Powys',
  sch=M('1TU,2TU,3TU', '10:00', '13:00', 'Brecon 1st Tue, Builth 2nd Tue, Llandrindod 3rd Tue'))
S('cor', "Côr Cymunedol Machynlleth / Machynlleth Community Choir", ['arts', 'loneliness'], 'in_person',
  [('machynlleth', 'Y Tabernacl', 'Heol Penrallt', 'Machynlleth')],
  "Canu er pleser. / Singing for fun.", fee="Donations welcome", cy=True, sch=W('WE', '19:30', '21:00', 'Nos Fercher / Wednesday nights'))
S('rfs', "Llanidloes Food Hub", ['food'], 'in_person',
  [('llanidloes', 'Minerva Arts Centre', 'High Street', 'Llanidloes')],
  "Community food hub.", fee="Pay as you feel", tax=False, sch=T('Saturday mornings'))
S('gwaith', "Newtown Jobs Outreach", ['employment'], 'in_person',
  [('newtown', 'Newtown Library', 'Park Lane', 'Newtown')],
  "Job search help.", mn=16, sch=M('2TH,4TH', '10:00', '13:00', '2nd and 4th Thursday'))
S('galar', "Brecon Bereavement Support", ['bereavement'], 'in_person',
  [('brecon', 'Brecon Cathedral Heritage Centre', 'Cathedral Close', 'Brecon')],
  "Bereavement group.", status='inactive', alert="No longer running.", sch=None)

# ---------------- Ceredigion ----------------
S('cat', "Aberystwyth Money Advice Drop-in", ['money'], 'in_person',
  [('aberystwyth', 'Canolfan Cyngor', 'Terrace Road', 'Aberystwyth')],
  "Debt, benefits and budgeting. Students welcome.", sch=W('MO,WE,TH', '10:00', '15:00', 'Mon, Wed, Thu'), cy=True)
S('cat', "Ceredigion Over-50s Money Check", ['money'], 'home_visit', [],
  "An adviser visits you at home to check your benefits and pension credit. For Ceredigion residents aged 50 or over.",
  area='Ceredigion', mn=50, sch=RING, cy=True)
S('smc', "Student Money Line Cymru", ['money'], 'phone', [],
  "Phone and text line for students at any Welsh college or university: hardship funds, overdrafts, debts and budgeting.",
  fee="Free to call", mn=16, area='Wales', sch=W('MO,TU,WE,TH,FR', '10:00', '19:00', 'Weekdays 10-7'))
S('meddwl', "Aberystwyth Wellbeing Café", ['mental_health', 'loneliness'], 'in_person',
  [('aberystwyth', 'Y Caffi Lles', 'Great Darkgate Street', 'Aberystwyth')],
  "Quiet café with peer supporters for anyone feeling anxious or low. Come alone or with a friend.", mn=16,
  sch=W('TU,FR', '13:00', '17:00', 'Tue and Fri afternoons'))
S('clearpath', "ClearPath Debt Management", ['money'], 'phone', [],
  "We negotiate with your creditors and set up a debt management plan.", fee="Monthly fee of 18% of your repayment", free=False,
  mn=18, sch=W('MO,TU,WE,TH,FR,SA', '08:00', '20:00', 'Mon-Sat 8-8'))
S('galar', "Aberystwyth Bereavement Group", ['bereavement'], 'in_person',
  [('aberystwyth', 'Canolfan Merched y Wawr', 'Y Stryd Fawr', 'Aberystwyth')],
  "Monthly group, Welsh and English.", mn=18, cy=True, sch=M('3MO', '14:00', '16:00', 'Third Monday'))
S('galar', "Llinell Galar Gymraeg / Welsh-language Bereavement Line", ['bereavement'], 'phone', [],
  "Siaradwch yn Gymraeg â gwirfoddolwr sydd wedi'i hyfforddi mewn profedigaeth. / Talk in Welsh to a trained bereavement volunteer, by appointment, weekly for up to 8 weeks.",
  fee="Am ddim / Free", area='Wales', mn=18, cy=True, sch=RING)
S('galar', "Galar Cymru Online Circle", ['bereavement'], 'online', [],
  "Video group for bereaved adults.", mn=18, sch=W('MO', '19:00', '20:15', 'Monday evenings'))
S('henoed', "Ceredigion Befriending Visits", ['loneliness'], 'home_visit', [],
  "Home visiting.", area='Ceredigion', status='inactive', alert="Service ended March 2026.", mn=60, sch=None)
S('henoed', "Clwb Cinio Llanbedr / Lampeter Lunch Club", ['loneliness', 'food'], 'in_person',
  [('lampeter', 'Neuadd Victoria', 'Heol y Bont', 'Llanbedr Pont Steffan')],
  "Cinio a chwmni bob dydd Iau, yn Gymraeg yn bennaf. / Lunch and company every Thursday, mostly in Welsh. Market day, so easy to combine with town.",
  fee="£4.50 am ginio / £4.50 for lunch", free=False, mn=60, broken='sign', cy=True,
  sch=W('TH', '12:00', '14:00', 'Bob dydd Iau / Thursdays'))
S('cefn', "Llinell Gymorth Cefn Gwlad / Cefn Gwlad Farm Support Line", ['mental_health', 'loneliness', 'money'], 'phone', [],
  "Cefnogaeth gyfrinachol i deuluoedd fferm: straen, unigrwydd, profedigaeth, papurau a biliau. / Confidential support for farming families by people who know farming: stress, isolation, grief, paperwork and bills. Welsh or English.",
  fee="Free", area='Wales', cy=True, sch=T('7am to 11pm every day'), elig="For people who farm, farm workers and their families in Wales.")
S('menter', "Paned a Sgwrs Llanbed / Welsh Coffee Lampeter", ['loneliness', 'learning'], 'in_person',
  [('lampeter', 'Caffi Conti\'s', 'Stryd y Coleg', 'Llanbed')],
  "Sgwrs yn Gymraeg.", tax=False, cy=True, sch=T('Bore Mawrth cyntaf y mis'))
S('cerdded', "Aberystwyth Health Walk", ['physical_activity'], 'in_person',
  [('aberystwyth', 'Bandstand (meet)', 'Promenade', 'Aberystwyth')],
  "Promenade walk.", sch=W('WE', '10:30', '11:30', 'Wednesdays'))
S('sheds', "Sied Dynion Llanbed / Lampeter Men's Shed", ['loneliness'], 'in_person',
  [('lampeter', 'Old creamery', 'Station Terrace', 'Lampeter')],
  "Workshop and a paned.", fee="£10 a year membership", free=False, mn=18, cy=True, sch=W('TU', '09:30', '13:00', 'Tuesdays'))

# ---------------- Gwynedd and Anglesey ----------------
S('cagm', "Bangor Money Advice", ['money'], 'in_person',
  [('bangor', 'Canolfan Cymorth', 'High Street', 'Bangor')], "Money advice.", sch=W('TU,TH', '10:00', '15:00', 'Tue and Thu'), cy=True)
S('cagm', "Cyngor Ariannol Caernarfon / Caernarfon Money Advice", ['money'], 'in_person',
  [('caernarfon', 'Galeri', 'Doc Victoria', 'Caernarfon')], "Cyngor ariannol yn Gymraeg neu Saesneg.", cy=True, tax=False,
  sch=T('Dydd Mercher 10-1'))
S('cor', "Côr Caergybi Community Choir", ['arts', 'loneliness'], 'in_person',
  [('holyhead', 'Ucheldre Centre', 'Millbank', 'Caergybi')],
  "Friendly community choir, no auditions, new members always welcome. You can sit at the back and listen first.",
  fee="£2 a week subs", free=False, cy=True, sch=W('MO', '19:00', '20:30', 'Nos Lun / Monday nights'))
S('cor', "Bangor Community Choir", ['arts', 'loneliness'], 'in_person',
  [('bangor', 'Pontio', 'Deiniol Road', 'Bangor')],
  "Community choir.", fee="Donations welcome", broken='zero', sch=W('WE', '19:00', '21:00', 'Wednesdays'))
S('cor', "Ynys Môn Youth Music", ['arts'], 'in_person',
  [('llangefni', 'Oriel Môn', 'Rhosmeirch', 'Llangefni')],
  "Band and choir for 11 to 18 year olds.", mn=11, mx=18, area='Ynys Môn', sch=W('SA', '10:00', '12:00', 'Saturdays'))
S('lles', "Grŵp Lles Môn / Môn Wellbeing Group", ['mental_health', 'loneliness'], 'in_person',
  [('holyhead', 'Canolfan Lles', 'Stanley Street', 'Holyhead')],
  "Small weekly group for adults with anxiety or low mood: a warm room, a worker and a few others. Fine to come and just listen.",
  mn=18, area='Ynys Môn', cy=True, sch=W('TH', '13:30', '15:00', 'Dydd Iau / Thursdays'))
S('lles', "Gwynedd Wellbeing Line", ['mental_health'], 'phone', [],
  "Listening line for Gwynedd residents.", fee="Free to call", area='Gwynedd', mn=16, sch=T('Evenings 6-11'))
S('celf', "Clwb Celf Llangefni / Llangefni Art Club", ['arts'], 'in_person',
  [('llangefni', 'Oriel Môn studio', 'Rhosmeirch', 'Ynys Môn')],
  "Relaxed art club, all materials supplied.", fee="£4 a session", free=False, sch=W('SA', '13:00', '15:30', 'Saturday afternoons'))
S('gofalwyr', "Gwynedd Carers Sitting Service", ['carers'], 'home_visit', [],
  "Sitting service for Gwynedd carers.", area='Gwynedd', mn=18, sch=RING, cy=True)
S('henoed', "Clwb Cinio Pwllheli / Pwllheli Lunch Club", ['loneliness', 'food'], 'in_person',
  [('pwllheli', 'Neuadd Dwyfor', 'Stryd Penlan', 'Pwllheli')],
  "Cinio i bobl dros 60.", mn=60, fee="Donations welcome", cy=True, sch=W('WE', '12:00', '13:30', 'Dydd Mercher'))
S('digi', "Canolfan Gymunedol Blaenau Ffestiniog / Community Hub", ['loneliness', 'food', 'digital'], 'in_person',
  [('blaenauff', 'Y Ganolfan', 'Stryd Fawr', 'Blaenau Ffestiniog')],
  "Warm space, soup, computer help and a chat.", tax=False, cy=True, sch=T('Llun, Mercher, Gwener 10-3 / Mon, Wed, Fri 10-3'))
S('cerdded', "Grŵp Cerdded Caernarfon / Caernarfon Walking Group", ['physical_activity'], 'in_person',
  [('caernarfon', 'Y Maes (meet)', 'Y Maes', 'Caernarfon')], "Walks on the Lôn Las Menai.", cy=True, sch=W('SU', '10:00', '12:00', 'Sundays'))
S('rfs', "Banc Bwyd Caergybi / Holyhead Food Bank", ['food'], 'in_person',
  [('holyhead', 'Hyfrydle vestry', 'Thomas Street', 'Holyhead, Ynys Môn')], "Emergency food.", sch=W('TU,FR', '11:00', '13:00', 'Tue and Fri'))
S('adfer', "Bangor Recovery Café", ['alcohol_drugs', 'loneliness'], 'in_person',
  [('bangor', 'Adfer Bangor', 'Holyhead Road', 'Bangor')], "Recovery café.", mn=18, sch=W('FR', '11:00', '15:00', 'Fridays'))
S('lcovid', "North Wales Long COVID Group", ['long_term_conditions'], 'in_person',
  [('bangor', 'Storiel', 'Ffordd Gwynedd', 'Bangor')], "Monthly group.", area='North Wales', mn=18, sch=M('1SA', '11:00', '12:30', 'First Saturday'))
S('galar', "Pwllheli Bereavement Support", ['bereavement'], 'in_person',
  [('pwllheli', 'Neuadd Dwyfor', 'Stryd Penlan', 'Pwllheli')], "Group.", status='inactive', alert="Closed.", sch=None)
S('lles', "Môn Carers Phone Support / Cymorth Ffôn Gofalwyr Môn", ['carers'], 'phone', [],
  "Phone support for carers on Anglesey.", area='Ynys Môn', mn=18, cy=True, sch=W('MO,TU,WE,TH,FR', '09:00', '16:00', 'Weekdays'))

# ---------------- Wrexham ----------------
S('wxm', "Wrexham Money Advice", ['money'], 'in_person',
  [('wrexham', 'Wrexham Community Partnership', 'Lord Street', 'Wrecsam')], "Money advice.", sch=W('MO,TU,WE,TH,FR', '09:30', '16:00', 'Weekdays'))
S('sheds', "Wrexham Men's Shed", ['loneliness'], 'in_person',
  [('wrexham', 'Tŷ Pawb rear unit', 'Market Street', 'Wrexham')], "Woodwork and chat.", fee="£1 a visit", free=False, mn=18, sch=W('WE,FR', '10:00', '14:00', 'Wed and Fri'))
S('wxm', "Wrexham Recovery Café", ['alcohol_drugs', 'loneliness'], 'in_person',
  [('wrexham', 'The Hope Street hub', 'Hope Street', 'Wrexham')], "Recovery café.", mn=18, sch=W('SA', '11:00', '15:00', 'Saturdays'))
S('wxm', "Wrexham Carers Hub", ['carers'], 'in_person',
  [('wrexham', 'Wrexham Carers Hub', 'Grosvenor Road', 'Wrexham')], "Support for Wrexham carers.", area='Wrexham', mn=18, sch=W('TU,TH', '10:00', '15:00', 'Tue and Thu'))
S('sport', "Wrexham Walking Football (50+)", ['physical_activity'], 'in_person',
  [('wrexham', 'Queensway Sports Complex', 'Queensway', 'Wrexham')], "Walking football.", fee="£3 a session", free=False, mn=50, sch=W('TH', '14:00', '15:00', 'Thursdays'))
S('digi', "Wrexham Digital Drop-in", ['digital'], 'in_person',
  [('wrexham', 'Wrexham Library', 'Rhosddu Road', 'Wrexham')], "Digital help.", status='inactive', alert="Moved online; this drop-in has closed.", sch=None)

# ---------------- Wales-wide remote ----------------
S('digi', "Digi Cymunedau Digital Help Line", ['digital'], 'phone', [],
  "Ring a volunteer for step-by-step help with a phone, tablet or computer.", fee="Free to call", area='Wales', sch=W('MO,TU,WE,TH,FR', '10:00', '16:00', 'Weekdays'))
S('teulu', "Cymru Parenting Online Course", ['parenting'], 'online', [],
  "Self-paced online course for parents of babies and toddlers.", sch=T('Available any time'))
S('menter', "Dysgu Cymraeg Ar-lein / Welsh for Adults Online", ['learning'], 'online', [],
  "Online Welsh classes.", fee="£45 a term", free=False, mn=16, cy=True, sch=T('Termly courses'))
S('adfer', "Llinell Alcohol Cymru / Wales Alcohol Helpline", ['alcohol_drugs'], 'phone', [],
  "Confidential advice about your drinking or someone else's.", fee="Free to call", area='Wales', mn=18, cy=True, sch=T('24 hours'))
S('celf', "Celf Gymunedol Online Art Class", ['arts'], 'online', [],
  "Live online painting class.", fee="£8 per class", free=False, sch=W('TU', '19:00', '20:30', 'Tuesday evenings'))
S('byddar', "Byddar Cymru Text & Email Advice", ['long_term_conditions'], 'online', [],
  "Advice about hearing loss, equipment and benefits by text chat and email only.", mn=18, tax=False, sch=T('Replies within two working days'))

# ---- tuning pass (kept explicit so the table above stays readable) ----
# Only these adult services state a minimum age in the export; the rest say "adults" in words.
KEEP_ADULT_AGE = {
 "Llety Cardiff Housing Support", "Therapi Plus Private Counselling", "Harbour House Private Rehab",
 "Adfer Recovery Café Cardiff", "Swansea Recovery Café", "Carers Connect RCT Carers Café",
 "Carers Connect Carers Café", "Carers Connect Online Carers Café", "Fresh Start Cardiff Mentoring",
 "Fresh Start Swansea Mentoring", "Swansea Digital Skills Bootcamp", "Carmarthen Computer Classes",
 "Powys Deaf Social Club (online)", "Student Money Line Cymru",
 "Llinell Galar Gymraeg / Welsh-language Bereavement Line", "ClearPath Debt Management",
 "Cwm Taf Wellbeing Line", "Long COVID Cymru Online Peer Group",
}
DROP_AREA = {
 "Long COVID Cymru Online Peer Group", "Student Money Line Cymru", "Digi Cymunedau Digital Help Line",
 "Llinell Alcohol Cymru / Wales Alcohol Helpline", "Ely Family Centre Parent Groups",
 "Swansea Youth Housing Advice", "Cwm Taf Housing Advice", "Gwent Substance Support Ebbw Vale",
 "Powys Money Advice Outreach", "North Wales Long COVID Group", "Wrexham Carers Hub", "Swansea Young Carers",
}
NO_TAX = {
 "Splott Money Drop-in", "Tremorfa Food Bank", "Brynmawr Lunch Club", "Llanelli Coastal Walk Group",
 "Wrexham Men's Shed", "Aberystwyth Health Walk",
}
for s in SV:
    if s.get('mn') in (16, 18, 19) and not s.get('mx') and s['name'] not in KEEP_ADULT_AGE:
        s.pop('mn')
    if s['name'] in DROP_AREA:
        s.pop('area', None)
    if s['name'] in NO_TAX:
        s['tax'] = False
