"""The hand-written service table. Each S(...) is one ORUK service record.
where: a list of sites st(place, venue, address_1, city-as-written, region-or-None, postcode-or-None) for in-person
       services, or 'phone', 'home', or ('online', url).
tax:   wm-wellbeing-directory slugs ('wb/...') or lgsl-wm codes ('SL-....'), or [] (no taxonomy: then needs=... says what
       the record meets, for the labels only).
area:  None, a name, or a list of names (service_areas in that order).
Schedules: W(byday, opens, closes, text) weekly, M(byday, ...) monthly, T(text) text only, R ring for times, None."""

SERVICES = []
NOFEE = object()  # the record has no fees field at all


def st(place, venue, address, city, region=None, pc=None):
    return dict(place=place, venue=venue, address=address, city=city, region=region, pc=pc)


def W(byday, o, c, text, att=None): return dict(freq='WEEKLY', byday=byday, opens=o, closes=c, text=text, att=att)
def M(byday, o, c, text, att=None): return dict(freq='MONTHLY', byday=byday, opens=o, closes=c, text=text, att=att)
def T(text, att=None): return dict(freq=None, text=text, att=att)
R = dict(freq=None, text='Ring for times', att=None)


def S(org, name, tax, where, desc, fees=NOFEE, sched=None, status='active', alert=None, minage=None, maxage=None,
      area=None, needs=None, langs=None, elig=None, phone=True):
    SERVICES.append(dict(org=org, name=name, tax=list(tax), where=where, desc=desc, fees=fees, sched=sched,
                         status=status, alert=alert, minage=minage, maxage=maxage,
                         area=[area] if isinstance(area, str) else list(area or []), needs=needs, langs=langs,
                         elig=elig, phone=phone))

# wellbeing-directory slugs
MB, MD, HH, FB, LC, SG, BF = ('wb/money/benefits', 'wb/money/debt', 'wb/home/housing', 'wb/home/food',
                              'wb/connect/lunch-clubs', 'wb/connect/groups', 'wb/connect/befriending')
MW, CO, WK, AC, CR, YC, BE = ('wb/take-notice/wellbeing', 'wb/take-notice/talking', 'wb/be-active/walking',
                              'wb/be-active/exercise', 'wb/support/carers', 'wb/support/young-carers',
                              'wb/support/bereavement')
RE, HC, VO, JB, CL, EN, DG = ('wb/support/recovery', 'wb/health/conditions', 'wb/give/volunteering',
                              'wb/keep-learning/jobs', 'wb/keep-learning/courses', 'wb/keep-learning/english',
                              'wb/keep-learning/digital')
FA, AR, TR, CLANG = 'wb/family/parents', 'wb/create/arts', 'wb/getting-about/transport', 'wb/access/community-languages'

BN = [('Bengali', 'bn'), ('Sylheti', 'syl'), ('English', 'en')]
PA = [('Punjabi', 'pa'), ('Urdu', 'ur'), ('English', 'en')]
AR_ = [('Arabic', 'ar'), ('English', 'en')]
CY = [('Welsh', 'cy'), ('English', 'en')]
PL = [('Polish', 'pl'), ('English', 'en')]
WM = 'West Midlands'
BSOL, BC, CW, STW, HW = ('Birmingham and Solihull ICB', 'Black Country ICB', 'Coventry and Warwickshire ICB',
                         'Shropshire, Telford and Wrekin ICB', 'Herefordshire and Worcestershire ICB')

# ------------------------------------------------------------------ Birmingham: city centre
S('ban', "Birmingham City Centre Advice Centre", [MB, MD], [st('BHM_CC', "Advice Centre, 2nd floor", "Corporation Street", "Birmingham", "West Midlands")],
  "Benefits checks, debt advice, energy bills and budgeting. Drop in or book.", "Free", W('MO,TU,WE,TH,FR', '09:30', '16:00', 'Mon-Fri 9.30-4'))
S('ban', "Digbeth Housing Advice Drop-in", ['SL-0240'], [st('DIGBETH', "Digbeth Community Rooms", "High Street Deritend", "BIRMINGHAM")],
  "Advice if you are homeless, sofa-surfing or have been served notice.", "Free", W('WE', '10:00', '13:00', 'Wednesday mornings'))
S('bcf', "City Centre Library Digital Help", [DG], [st('BHM_CC', "Central Library, Learning Floor", "Centenary Square", "Birmingham", None, "B1 2ND")],
  "One-to-one help with phones, tablets, email and Universal Credit journals.", "Free", W('TU,TH', '10:00', '12:00', 'Tue & Thu 10-12'))
S('bcf', "Birmingham Community Choir (City)", [AR], [st('BHM_CC', "St Martin's Hall", "Edgbaston Street", "Birmingham", None, "B5 4BN")],
  "No auditions, all voices. Pop, gospel and folk.", "£4 per session, concessions available", W('MO', '18:30', '20:00', 'Monday evenings'))
S('bmh', "Brum Minds City Peer Support Group", [MW], [st('BHM_CC', "Brum Minds, Newhall Street", "Newhall Street", "Birmingham", None, "B3 1PB")],
  "Weekly peer support for anyone struggling with low mood or anxiety.", "Free", W('TH', '17:30', '19:00', 'Thursdays 5.30-7'), minage=18)
S('hcr', "Harborne Counselling Rooms", [CO], [st('BHM_CC', "Harborne Counselling Rooms (city office)", "Colmore Row", "Birmingham", None, "B3 2BJ")],
  "Private counselling with BACP-registered counsellors. Sessions £50; a few reduced-fee places at £30.", "See description", T('Appointments Mon-Sat'))
S('foo', "Digbeth Community Pantry", [FB], [st('DIGBETH', "Digbeth Pantry", "Floodgate Street", "Birmingham")],
  "Membership pantry: a weekly bag of food for a small charge.", "£3.50 a week membership", W('FR', '12:00', '15:00', 'Fridays'))
# ------------------------------------------------------------------ Small Heath / Sparkbrook / Alum Rock
S('bng', "Small Heath Bangla Women's Coffee Morning", [SG, CLANG], [st('SMALL_HEATH', "Small Heath Community Centre", "Coventry Road", "Small Heath", None)],
  "A friendly morning for Bangladeshi women, in Sylheti and Bengali. Tea, talk and advice on the spot.", "Free",
  W('TU', '10:30', '12:30', 'Tuesday mornings / মঙ্গলবার সকাল'), langs=BN)
S('bng', "Sylheti Diabetes Education Group, Small Heath", [HC, CLANG], [st('SMALL_HEATH', "Small Heath Community Centre", "Coventry Road", "Birmingham 10")],
  "Six-week course on living with type 2 diabetes, taught in Sylheti with a health champion. Runs all year round, join any week.",
  "Free", W('TH', '13:00', '14:30', 'Thursday afternoons'), langs=BN)
S('shc', "Women's Chair-Based Exercise, Small Heath", [AC], [st('SMALLH_PARK', "Small Heath Park Pavilion", "Coventry Road", "Small Heath, Birmingham")],
  "Gentle seated exercise for women, female instructor, Sylheti spoken.", "£1", W('WE', '11:00', '12:00', 'Wednesdays 11am'), langs=BN)
S('shc', "Small Heath Ladies' Swim", [AC], [st('SMALL_HEATH', "Small Heath Leisure Centre", "Muntz Street", "Birmingham")],
  "Women-only swim session with female lifeguards.", "£2.50", W('SU', '16:00', '17:00', 'Sundays'),
  status='inactive', alert="Suspended: pool closed for repairs until further notice.")
S('shc', "Small Heath Advice Surgery", ['SL-0103', 'SL-0118'], [st('SMALL_HEATH', "Small Heath Community Centre", "Coventry Road", "Birmingham")],
  "Benefits and debt advice, Urdu, Punjabi and Sylheti spoken.", "Free", W('MO', '10:00', '13:00', 'Mondays'), langs=PA + [('Sylheti', 'syl')])
S('foo', "Small Heath Food Bank", ['SL-0312'], [st('SMALL_HEATH', "Small Heath Baptist Hall", "Coventry Road", "Birmingham")],
  "Emergency food parcels with a referral voucher; ring if you do not have one.", "Free", W('TU,FR', '12:00', '14:00', 'Tue & Fri 12-2'))
S('sbk', "Sparkbrook Over-50s Lunch Club", [LC], [st('SPARKBROOK', "Sparkbrook Community Hall", "Stratford Road", "Sparkbrook")],
  "Hot halal lunch and company for over-50s.", "£2.50 for lunch", W('TH', '12:00', '14:00', 'Thursday lunch'), minage=50)
S('sbk', "Sparkbrook Arabic-speaking Women's Group", [SG, CLANG], [st('SPARKBROOK', "Sparkbrook Community Hall", "Stratford Road", "Birmingham")],
  "Welcome group for Arabic-speaking women: tea, English practice and trips.", "Free", W('MO', '10:00', '12:00', 'Mondays'), langs=AR_)
S('sbk', "Sparkbrook Job Club", ['SL-0842'], [st('SPARKBROOK', "Sparkbrook Library", "Stratford Road", "Birmingham 11")],
  "CVs, job searching and interview practice.", "Free", W('WE', '13:00', '15:00', 'Wednesday afternoons'))
S('bng', "Alum Rock Women's Sewing Circle", [], [st('ALUM_ROCK', "Alum Rock Community Rooms", "Alum Rock Road", "Birmingham")],
  "Bring your own sewing or learn on our machines. Chat in Urdu, Punjabi, Sylheti and English.", "Free", W('FR', '10:00', '12:00', 'Fridays'),
  needs=['arts', 'loneliness'], langs=PA)
S('bwk', "Small Heath Park Health Walk", [WK], [st('SMALLH_PARK', "Small Heath Park, Coventry Road gate", "Coventry Road", "Birmingham")],
  "Flat 30-minute walk round the park with a trained leader.", "Free", W('SA', '10:00', '10:45', 'Saturdays 10am'))
# ------------------------------------------------------------------ Handsworth / Lozells / Aston
S('hws', "Handsworth Caribbean Elders Lunch Club", [LC, SG], [st('HANDSWORTH', "Handsworth Community Hall", "Soho Road", "Handsworth", "West Midlands")],
  "Caribbean lunch, dominoes and a catch-up for over-55s.", "£3 for lunch", W('WE', '12:00', '15:00', 'Wednesdays 12-3'), minage=55)
S('hws', "Handsworth Park Walking Group", [], [st('HANDS_PARK', "Handsworth Park boating lake", "Holly Road", "Birmingham 20")],
  "Easy-paced walk round Handsworth Park, then tea in the café.", "Free", W('TU', '10:00', '11:00', 'Tuesday 10am'), needs=['physical_activity', 'loneliness'])
S('hws', "Soho Road Diabetes Support Group", [HC], [st('HANDSWORTH', "Soho Road Health Centre meeting room", "Soho Road", "Birmingham")],
  "Monthly group for people living with diabetes: talks, blood pressure checks, cooking tips.", "Free", M('2TH', '14:00', '15:30', '2nd Thursday of the month'))
S('hws', "Handsworth Dominoes Club", [SG], [st('HANDSWORTH', "Handsworth Community Hall", "Soho Road", "Birmingham")],
  "Friday dominoes league and social.", "50p", W('FR', '18:00', '21:00', 'Friday nights'),
  status='inactive', alert="Not running this winter: hall heating broken.")
S('bng', "Handsworth Bangla Elders Club", [SG, CLANG], [st('LOZELLS', "Lozells Centre", "Lozells Road", "Lozells")],
  "Social club for Bangladeshi elders, men's and women's rooms.", "Free", W('TH', '11:00', '14:00', 'Thursdays'), langs=BN)
S('hws', "Lozells Punjabi Women's Health Group", [HC, CLANG], [st('LOZELLS', "Lozells Centre", "Lozells Road", "Birmingham")],
  "Health talks and gentle exercise in Punjabi.", "Free", W('MO', '13:00', '14:30', 'Mondays'), langs=PA)
S('mms', "Handsworth Men's Shed", [], [st('HANDSWORTH', "Unit 4, Soho Road yard", "Soho Road", "Birmingham")],
  "Woodwork, bike repairs and a brew. Men and women welcome.", "Donations welcome", W('TU,TH', '10:00', '15:00', 'Tue & Thu'), needs=['loneliness'])
S('ban', "Aston Money Advice", ['SL-0103'], [st('ASTON', "Aston Library", "Albert Road", "Aston")],
  "Benefits and council tax advice.", "Free", W('TH', '10:00', '12:30', 'Thursday mornings'))
# ------------------------------------------------------------------ Erdington / Sutton
S('erd', "Erdington Recovery Café", [RE, SG], [st('ERDINGTON', "The Lighthouse Café", "High Street", "Erdington")],
  "Alcohol- and drug-free café run by people in recovery. Drop in, no referral.", "Free", W('MO,WE,FR', '10:00', '14:00', 'Mon, Wed, Fri 10-2'))
S('erd', "Erdington Jobs Hub", [JB], [st('ERDINGTON', "Erdington Library", "Orphanage Road", "Birmingham 23"), st('SUTTON', "Sutton Coldfield Library", "Lower Parade", "Sutton Coldfield")],
  "Job search, CVs, training funding and work trials; friendly to people with convictions.", "Free", W('TU,TH', '09:30', '15:00', 'Tue & Thu'))
S('erd', "Erdington Men's Mental Health Group", [MW], [st('ERD_SOUTH', "Stockland Green Church Hall", "Slade Road", "Erdington")],
  "Talk, football and a brew for men who are struggling.", "Free", W('MO', '18:30', '20:00', 'Monday evenings'), minage=18)
S('erd', "Erdington Youth Recovery Group (16-24)", ['SL-0730'], [st('ERDINGTON', "Erdington Youth Centre", "Wood End Road", "Birmingham")],
  "Peer group for young people cutting down or stopping drink and drugs.", "Free", W('WE', '17:00', '18:30', 'Wednesday evenings'), minage=16, maxage=24)
S('bwk', "Erdington Health Walks", [WK], [st('ERDINGTON', "Rookery Park gates", "Kingsbury Road", "Erdington")],
  "Short led walks for all fitness levels.", "Free", W('FR', '10:30', '11:30', 'Fridays'))
S('bwk', "Sutton Park Nordic Walking", [WK], [st('SUTTON', "Sutton Park, Town Gate", "Park Road", "Sutton Coldfield")],
  "Nordic walking with poles provided.", "£4 per walk", W('SA', '09:00', '10:30', 'Saturdays'))
S('erd', "Sutton Coldfield Bereavement Group", [BE], [st('SUTTON', "Holy Trinity Church Rooms", "Church Hill", "Sutton Coldfield")],
  "Monthly group for anyone grieving.", "Free", M('1TU', '14:00', '16:00', 'First Tuesday'))
# ------------------------------------------------------------------ Selly Oak / Kings Heath / Northfield
S('sel', "Selly Oak Recovery Group", [RE], [st('SELLY_OAK', "Selly Oak Methodist Hall", "Bristol Road", "Selly Oak")],
  "SMART-style recovery meeting.", "Free", W('TH', '19:00', '20:30', 'Thursday evenings'), minage=18)
S('sel', "Bournbrook Student & Young Adult Wellbeing Drop-in", [MW], [st('SELLY_OAK', "Bournbrook Community Café", "Bristol Road", "Birmingham 29")],
  "Informal support for 16-25s with stress, anxiety or low mood.", "Free", W('TU', '15:00', '18:00', 'Tuesdays'), minage=16, maxage=25)
S('sel', "Kings Heath Knit & Natter", [], [st('KINGS_HEATH', "Kings Heath Library", "High Street", "Kings Heath")],
  "Knitting, crochet and chat.", "Free", W('WE', '14:00', '16:00', 'Wednesdays 2-4'), needs=['arts', 'loneliness'])
S('sel', "Kings Heath Community Singers", [AR], [st('KINGS_HEATH', "All Saints Centre", "Vicarage Road", "Birmingham")],
  "Community choir, no need to read music.", "£5 suggested donation", W('TU', '19:30', '21:00', 'Tuesday evenings'))
S('sel', "Northfield Carers Café", [CR], [st('NORTHFIELD', "Northfield Baptist Church", "Church Road", "Northfield")],
  "Monthly café for unpaid carers.", "Free to carers", M('3WE', '10:30', '12:30', '3rd Wednesday'), minage=18)
S('ban', "Northfield Advice Surgery", [MB, MD], [st('NORTHFIELD', "Northfield Library", "Church Road", "Birmingham")],
  "Benefits, debt and energy advice.", "Free", W('FR', '10:00', '13:00', 'Friday mornings'))
S('mms', "Selly Oak Men's Shed", [], [st('SELLY_OAK', "Selly Oak allotments hut", "Harborne Lane", "Birmingham")],
  "Make, mend and chat.", NOFEE, W('WE,SA', '10:00', '14:00', 'Wed & Sat'), needs=['loneliness'])
# ------------------------------------------------------------------ Birmingham-wide, Solihull
S('bca', "Birmingham & Solihull Carers Line", [CR], 'phone',
  "Advice and a listening ear for unpaid carers; carers' assessments and emergency plans.", "Free", W('MO,TU,WE,TH,FR', '09:00', '17:00', 'Mon-Fri 9-5'),
  area=BSOL, minage=18)
S('bca', "Birmingham Young Carers (8-18)", [YC], [st('BHM_CC', "Young Carers Base", "Moor Street Queensway", "Birmingham")],
  "Clubs, trips and school support for young carers.", "Free", W('SA', '10:00', '13:00', 'Saturday club'), minage=8, maxage=18, area='Birmingham')
S('bmh', "Birmingham Perinatal Peer Line", [MW], 'phone',
  "Talk to a mum who has been there: pregnancy and the first year.", "Free", W('MO,TU,WE,TH,FR', '10:00', '20:00', 'Weekdays 10-8'), area=BSOL)
S('bmh', "Brum Minds Text & Talk (16-25)", ['SL-0720'], 'phone',
  "Text or call a trained volunteer.", "Free", T('Evenings 6-11pm'), minage=16, maxage=25, area='Birmingham')
S('sol', "Solihull Money Advice", ['SL-0103', 'SL-0118'], [st('SOLIHULL', "The Core Library", "Theatre Square", "Solihull")],
  "Benefits and debt advice.", "Free", W('TU,TH', '09:30', '15:30', 'Tue & Thu'))
S('sol', "Chelmsley Wood Community Café", [], [st('CHELMSLEY', "Chelmsley Wood Hub", "Chelmsley Circle", "Chelmsley Wood")],
  "Pay-as-you-feel café and warm space.", "Pay as you feel", W('MO,TU,WE,TH,FR', '10:00', '14:00', 'Weekdays'), needs=['loneliness', 'food'])
S('sol', "Solihull Pilates Studio", ['SL-0901'], [st('SOLIHULL', "Studio 3, Warwick Road", "Warwick Road", "Solihull")],
  "Mat and reformer Pilates. Classes from £12.", NOFEE, T('Classes daily'))
S('sol', "North Solihull Walking for Health", [WK], [st('CHELMSLEY', "Chelmsley Wood Hub", "Chelmsley Circle", "Birmingham")],
  "Short walks with a leader.", "Free", W('TH', '10:00', '11:00', 'Thursdays'))
S('sol', "Solihull Bereavement Café", ['SL-0955'], [st('SOLIHULL', "St Alphege Church Hall", "Church Hill Road", "Solihull")],
  "Tea and talk with others who have lost someone.", "Free", M('2MO', '14:00', '16:00', '2nd Monday'))
S('sol', "Solihull Carers Sitting Service", ['SL-0415'], 'home',
  "Trained volunteers sit with the person you care for so you can have a break.", "Free", R, area='Solihull')
# ------------------------------------------------------------------ Coventry
S('cov', "Coventry Advice Centre", [MB, MD, HH], [st('COV_CC', "Advice Centre", "Jordan Well", "Coventry", "West Midlands")],
  "Benefits, debt and housing advice.", "Free", W('MO,TU,WE,TH,FR', '09:30', '16:00', 'Weekdays'))
S('cvr', "Foleshill ESOL for Women", [EN], [st('FOLESHILL', "Foleshill Women's Centre", "Foleshill Road", "Coventry")],
  "English classes for women, beginners to intermediate. Free crèche.", "Free", W('MO,WE', '09:30', '11:30', 'Mon & Wed mornings'), minage=18)
S('cvr', "Coventry Refugee Welcome Job Club", [JB], [st('COV_CC', "Welcome Centre", "Hertford Street", "Coventry")],
  "Job search, CVs and qualifications recognition for refugees and migrants. Arabic, Farsi and Tigrinya spoken.", "Free",
  W('TH', '10:00', '13:00', 'Thursdays'), langs=AR_)
S('cvr', "Foleshill Women's Coffee Morning", [], [st('FOLESHILL', "Foleshill Women's Centre", "Foleshill Road", "Coventry")],
  "Tea and chat for women of all backgrounds; children under 5 welcome.", "Free", W('FR', '10:00', '12:00', 'Fridays'), needs=['loneliness'])
S('cvr', "Coventry ESOL Conversation Café", [EN], [st('COV_CC', "Central Library", "Smithford Way", "Coventry")],
  "Practise spoken English with volunteers.", "Free", W('SA', '10:00', '12:00', 'Saturdays'),
  status='inactive', alert="Paused while the library is refurbished.")
S('cvr', "Coventry College Evening ESOL", ['SL-0610'], [st('COV_CC', "City Campus", "The Butts", "Coventry")],
  "Accredited ESOL Entry 1 to Level 2. Fee remission for some benefits.", "£95 per term", W('TU,TH', '18:00', '20:00', 'Tue & Thu evenings'), minage=19)
S('cvw', "Hillfields Community Lunch", [LC], [st('HILLFIELDS', "Hillfields Community Centre", "Victoria Street", "Coventry")],
  "Hot two-course lunch.", "£2", W('WE', '12:00', '13:30', 'Wednesdays'))
S('cvw', "Coventry Health Walks", ['SL-0901'], [st('COV_CC', "Coventry Cathedral steps", "Priory Street", "Coventry"), st('TILE_HILL', "Tile Hill Wood car park", "Banner Lane", "Coventry")],
  "Led walks in the city and War Memorial Park.", "Free", W('TU', '10:30', '11:30', 'Tuesdays'))
S('cvw', "Tile Hill Men's Shed", [], [st('TILE_HILL', "Tile Hill Shed", "Jardine Crescent", "Coventry")],
  "Woodwork and repairs.", NOFEE, W('MO,TH', '10:00', '15:00', 'Mon & Thu'), needs=['loneliness'])
S('cvw', "Coventry Parent & Baby Group", [FA], [st('FOLESHILL', "Foleshill Family Hub", "Broad Street", "Coventry")],
  "Play, singing and a cuppa for parents with babies under one.", "Free", W('TU', '10:00', '11:30', 'Tuesdays'))
S('cvw', "Coventry Carers Centre", ['SL-0402'], [st('COV_CC', "Carers Centre", "Hales Street", "Coventry")],
  "Carers' assessments, advice and groups.", "Free", W('MO,TU,WE,TH,FR', '09:00', '16:30', 'Weekdays'), area='Coventry')
S('cov', "Foleshill Digital Drop-in", ['SL-0640'], [st('FOLESHILL', "Foleshill Library", "Broad Street", "Coventry")],
  "Help with phones, tablets and online forms.", "Free", W('WE', '14:00', '16:00', 'Wednesday afternoons'))
S('cvw', "Coventry Talking Space", [MW], [st('COV_CC', "The Wellbeing Hub", "Cox Street", "Coventry")],
  "Peer support for anxiety and low mood.", "Free", W('MO', '18:00', '19:30', 'Monday evenings'), minage=18)
# ------------------------------------------------------------------ Wolverhampton
S('wyf', "Wolverhampton Care Leavers Hub (16-25)", [MW, HH], [st('WOL_CC', "Youth Futures Hub", "Lichfield Street", "Wolverhampton")],
  "Drop-in for care leavers: tenancy help, a personal adviser, food cupboard and someone to talk to.", "Free",
  W('MO,TU,WE,TH', '11:00', '17:00', 'Mon-Thu 11-5'), minage=16, maxage=25, elig="Care experienced young people aged 16-25.")
S('wol', "Wolverhampton Money Advice Drop-in", [MB, MD], [st('WOL_CC', "Community Links Advice", "Darlington Street", "Wolverhampton")],
  "Debt, bailiffs, council tax arrears and benefits.", "Free", W('TU,TH', '09:30', '15:30', 'Tue & Thu'))
S('wol', "Wolverhampton Tenancy Rescue", ['SL-0240'], [st('WHITMORE', "Whitmore Reans Centre", "Avenue Road", "Wolverhampton")],
  "Help to keep your home: arrears, repairs disputes, notices.", "Free", W('WE', '10:00', '15:00', 'Wednesdays'))
S('bcr', "Black Country Young Minds Line (16-25)", [MW], 'phone',
  "Call or text for emotional support.", "Free", T('Daily 4pm-10pm'), minage=16, maxage=25, area=BC)
S('qcd', "QuickClear Debt Solutions", [MD], [st('WOL_CC', "QuickClear, 3rd floor", "Queen Square", "Wolverhampton")],
  "Debt management plans. Monthly fee of 15% of your repayment.", "15% monthly fee", T('Mon-Fri by appointment'))
S('wol', "Wolverhampton Men's Wellbeing 50+", [SG], [st('WOL_CC', "St Peter's Hall", "Lichfield Street", "Wolverhampton")],
  "Company and talks for men over 50.", "£1", W('TH', '10:00', '12:00', 'Thursdays'), minage=50)
S('wol', "Bilston Community Pantry", [], [st('BILSTON', "Bilston Pantry", "Church Street", "Bilston")],
  "Pantry open to local residents.", "£4 a week", W('WE,SA', '10:00', '13:00', 'Wed & Sat'), needs=['food'])
S('wol', "Whitmore Reans Walk & Talk", [WK, MW], [st('WHITMORE', "West Park main gate", "Park Road West", "Wolverhampton")],
  "Walk round West Park and talk.", "Free", W('SA', '11:00', '12:00', 'Saturdays'))
S('wol', "Wolverhampton Digital Help", [DG], [st('WOL_CC', "Central Library", "Snow Hill", "WOLVERHAMPTON")],
  "Help getting online.", "Free", W('MO', '14:00', '16:00', 'Mondays'))
S('wyf', "Wolverhampton Youth Counselling (11-18)", [CO], [st('WOL_CC', "Youth Futures Hub", "Lichfield Street", "Wolverhampton")],
  "Free counselling for young people.", "Free", R, minage=11, maxage=18)
# ------------------------------------------------------------------ Walsall / Dudley
S('wal', "Walsall Housing Advice Line", ['SL-0240'], 'phone', "Housing advice for Walsall residents.", "Free",
  W('MO,TU,WE,TH,FR', '09:00', '17:00', 'Weekdays'), area='Walsall')
S('wal', "Walsall Advice Centre", ['SL-0103', 'SL-0118'], [st('WALSALL', "Walsall Advice Centre", "Lower Hall Lane", "Walsall")],
  "Benefits and debt advice.", "Free", W('MO,WE,FR', '09:30', '15:30', 'Mon, Wed, Fri'))
S('wal', "Bloxwich Lunch Club", ['SL-0311'], [st('BLOXWICH', "Bloxwich Methodist Hall", "High Street", "Bloxwich")],
  "Hot lunch and bingo.", "£3.50", W('TU', '12:00', '14:00', 'Tuesdays'), minage=60)
S('wal', "Walsall Arboretum Walking Group", [], [st('WALSALL', "Arboretum Lodge", "Lichfield Street", "Walsall")],
  "Relaxed walk round the Arboretum lakes.", "Free", W('WE', '10:00', '11:00', 'Wednesdays'), needs=['physical_activity'])
S('wal', "Walsall Art Drop-in", [AR], [st('WALSALL', "Gallery Square Studio", "Gallery Square", "Walsall")],
  "Painting and printmaking.", "£2", W('TH', '13:00', '15:00', 'Thursdays'))
S('dud', "Dudley Volunteer Centre", [VO], [st('DUDLEY', "Volunteer Centre", "Stafford Street", "Dudley")],
  "Find a volunteering role.", "Free", W('MO,TU,WE,TH', '10:00', '15:00', 'Mon-Thu'))
S('dud', "Dudley Youth Counselling (11-18)", [CO], [st('DUDLEY', "The Space", "Castle Street", "Dudley")],
  "Counselling for young people.", "Free", R, minage=11, maxage=18)
S('dud', "Stourbridge Community Choir", [], [st('STOURBRIDGE', "Stourbridge Town Hall", "Crown Centre", "Stourbridge")],
  "All-comers choir.", "£3", W('WE', '19:00', '21:00', 'Wednesday evenings'), needs=['arts', 'loneliness'])
S('dud', "Brierley Hill Carers Group", [CR], [st('BRIERLEY', "Brierley Hill Civic Hall", "Bank Street", "Brierley Hill")],
  "Monthly carers' coffee.", "Free", M('1TH', '10:00', '12:00', '1st Thursday'))
S('dud', "Halesowen Stroke Club", [HC], [st('HALESOWEN', "Halesowen Baptist Church", "Hagley Road", "Halesowen")],
  "Social and exercise group for stroke survivors and families.", "£2", W('MO', '13:30', '15:30', 'Mondays'))
S('dud', "Dudley Mental Health Peer Group", [], [st('DUDLEY', "Dudley Library", "St James's Road", "Dudley")],
  "Peer support group for low mood and anxiety.", "Free", W('TU', '18:00', '19:30', 'Tuesdays'), needs=['mental_health'])
S('dud', "Dudley Money Advice", [MB, MD], [st('DUDLEY', "Dudley Council Plus", "Castle Street", "Dudley")],
  "Benefits and debt.", "Free", W('TU,TH', '09:00', '16:00', 'Tue & Thu'))
# ------------------------------------------------------------------ Sandwell
S('bcm', "West Bromwich Bumps & Babies", [FA, MW], [st('WBROM', "West Bromwich Family Hub", "Lodge Road", "West Bromwich")],
  "Friendly group for parents with babies under one, with a peer supporter for low mood.", "Free", W('WE', '10:00', '11:30', 'Wednesday mornings'))
S('bcm', "Black Country Perinatal Peer Support", [MW], [st('OLDBURY', "Sandwell Council House Annexe", "Freeth Street", "Oldbury")],
  "Peer support for parents with low mood or anxiety in pregnancy or the first two years.", "Free",
  W('FR', '10:00', '12:00', 'Fridays'), area=BC)
S('bcm', "Sandwell Mums Online Chat", [], ('online', 'https://bc-mums.example/chat'),
  "Evening video chat for mums: no camera needed.", "Free", W('TU', '20:00', '21:00', 'Tuesdays 8pm'), needs=['parenting', 'mental_health', 'loneliness'],
  area=BC)
S('bcm', "Smethwick Mums Yoga", [], [st('SMETHWICK', "Smethwick Studio", "High Street", "Smethwick")],
  "Postnatal yoga, babies welcome.", "£7 a class", W('TH', '10:00', '11:00', 'Thursdays'), needs=['parenting', 'physical_activity'])
S('san', "West Bromwich Advice Drop-in", ['SL-0103'], [st('WBROM', "Central Library", "High Street", "West Bromwich")],
  "Benefits advice.", "Free", W('MO', '10:00', '13:00', 'Mondays'))
S('san', "Tipton Men's Shed", [], [st('TIPTON', "Tipton Canal Workshop", "Owen Street", "Tipton")],
  "Shed on the canal.", "Free", W('TU,TH', '10:00', '14:00', 'Tue & Thu'), needs=['loneliness'])
S('san', "Oldbury Lunch Club", [LC], [st('OLDBURY', "Oldbury Methodist Hall", "Church Street", "Oldbury")],
  "Lunch for older people.", "£3", W('TH', '12:00', '13:30', 'Thursdays'), minage=60)
S('san', "West Bromwich Community Choir", ['SL-0980'], [st('WBROM', "Kenrick Park Pavilion", "Bratt Street", "West Bromwich")],
  "Choir for all.", "Free", W('MO', '19:00', '20:30', 'Mondays'))
S('san', "Sandwell Family Support Line", ['SL-0680'], 'phone', "Parenting advice line.", "Free",
  W('MO,TU,WE,TH,FR', '09:00', '17:00', 'Weekdays'), area='Sandwell')
S('bcr', "Black Country Recovery Online Meetings", [RE], ('online', 'https://bc-recovery.example/meet'),
  "Daily online recovery meetings.", "Free", T('Daily 7pm'), area=BC, minage=18)
# ------------------------------------------------------------------ Shrewsbury
S('shh', "Shrewsbury Advice Centre", [MB, MD, HH], [st('SHREWSBURY', "Advice Centre", "Castle Street", "Shrewsbury", "Shropshire")],
  "Benefits, debt and housing advice.", "Free", W('MO,TU,WE,TH,FR', '09:30', '16:00', 'Weekdays'))
S('shh', "Shrewsbury Farmers' Coffee Morning", [SG], [st('SHREWSBURY', "Livestock Market Café", "Battlefield", "Shrewsbury")],
  "Coffee and a chat on market day.", "Free", W('TU', '09:00', '11:00', 'Tuesday market day'))
S('shh', "Shrewsbury Long Covid & Fatigue Group", [HC], [st('SHREW_W', "Frankwell Quay Rooms", "Frankwell", "Shrewsbury")],
  "Peer group for ME, long Covid and fatigue.", "Free", M('2WE', '14:00', '15:30', '2nd Wednesday'))
S('shh', "Shrewsbury Lip-reading Class", ['SL-0610'], [st('SHREWSBURY', "Shrewsbury Library", "Castle Gates", "Shrewsbury")],
  "Lip-reading and managing hearing loss.", "£3", W('WE', '10:00', '12:00', 'Wednesdays'))
S('mms', "Shrewsbury Men's Shed", [], [st('SHREW_W', "Sundorne Shed", "Sundorne Road", "Shrewsbury")],
  "Make, mend, chat.", "Free", W('MO,WE', '10:00', '15:00', 'Mon & Wed'), needs=['loneliness'])
S('shh', "Shrewsbury Jobs Fair & Job Club", [JB], [st('SHREWSBURY', "The Guildhall", "Frankwell Quay", "Shrewsbury")],
  "Weekly job club.", "Free", W('TH', '10:00', '13:00', 'Thursdays'))
S('shh', "Shrewsbury Recovery Café", ['SL-0730'], [st('SHREWSBURY', "Hub Café", "Castle Street", "Shrewsbury")],
  "Recovery café.", "Free", W('SA', '11:00', '14:00', 'Saturdays'))
S('shh', "Shrewsbury Bereavement Group", [BE], [st('SHREWSBURY', "St Chad's Rooms", "St Chad's Terrace", "Shrewsbury")],
  "Support group for bereaved adults.", "Free", M('1WE', '14:00', '16:00', '1st Wednesday'))
S('shh', "Shrewsbury Parent & Toddler Group", ['SL-0680'], [st('SHREW_W', "Monkmoor Community Centre", "Monkmoor Road", "Shrewsbury")],
  "Stay and play.", "£1.50 per family", W('FR', '09:30', '11:00', 'Fridays'))
# ------------------------------------------------------------------ Oswestry / North Shropshire
S('osw', "Te Prynhawn Croesoswallt / Oswestry Welsh Tea Afternoon", [SG], [st('OSWESTRY', "Oswestry Memorial Hall", "Smithfield Street", "Oswestry")],
  "Tea, Welsh conversation and hymns. English speakers welcome. Hearing loop.", "£1.50 including tea", M('1TH,3TH', '14:00', '16:00', 'Dydd Iau 1af a 3ydd / 1st & 3rd Thursday'), langs=CY)
S('osw', "Oswestry Community Choir", [AR], [st('OSWESTRY', "Christ Church", "Church Street", "Oswestry")],
  "Friendly choir; song sheets in large print.", "£2", W('MO', '14:00', '15:30', 'Monday afternoons'))
S('osw', "Oswestry Knit & Natter", [], [st('OSWESTRY', "Oswestry Library", "Arthur Street", "Oswestry")],
  "Knitting and a chat.", "Free", W('TU', '10:00', '12:00', 'Tuesdays'), needs=['arts', 'loneliness'])
S('osw', "Oswestry Community Transport", [TR], 'phone',
  "Door-to-door minibus for older and disabled people.", "Fares from £2", R, area='Shropshire',
  status='inactive', alert="Suspended: no volunteer drivers in the Oswestry area at present.")
S('osw', "Oswestry Benefits Advice", [MB], [st('OSWESTRY', "Oswestry Library", "Arthur Street", "Oswestry")],
  "Benefits advice.", "Free", W('WE', '10:00', '13:00', 'Wednesdays'))
S('osw', "Oswestry Walking Group", [WK], [st('OSWESTRY', "Cae Glas Park", "Oak Street", "Oswestry")],
  "Led walks.", "Free", W('FR', '10:00', '11:00', 'Fridays'))
S('nsh', "Market Drayton Lunch Club", [LC], [st('MKT_DRAYTON', "Festival Drayton Centre", "Frogmore Road", "Market Drayton")],
  "Hot lunch.", "£4", W('WE', '12:00', '13:30', 'Wednesdays'), minage=60,
  status='inactive', alert="Suspended: the kitchen failed its inspection; we hope to reopen soon.")
S('nsh', "Market Drayton Job Club", ['SL-0842'], [st('MKT_DRAYTON', "Market Drayton Library", "Shropshire Street", "Market Drayton")],
  "Job search help.", "Free", W('TU', '10:00', '12:00', 'Tuesdays'))
S('mms', "Whitchurch Men's Shed", [], [st('WHITCHURCH', "Whitchurch Shed", "Station Road", "Whitchurch")],
  "Shed for men and women.", "Free", W('TH', '10:00', '15:00', 'Thursdays'), needs=['loneliness'])
S('nsh', "Whitchurch Memory Café", [HC], [st('WHITCHURCH', "Civic Centre", "High Street", "Whitchurch")],
  "For people living with dementia and their carers.", "Free", M('2TU', '14:00', '16:00', '2nd Tuesday'), needs=['carers'])
# ------------------------------------------------------------------ South Shropshire
S('bsc', "Bishop's Castle Community Café", [SG, LC], [st('BISHOPS_C', "Town Hall", "High Street", "Bishop's Castle")],
  "Soup, cake and company in the Town Hall. Farmers' table on Fridays.", "Donations welcome", W('FR', '11:00', '14:00', 'Fridays 11-2'))
S('bsc', "Bishop's Castle Gentle Movement", [AC], [st('BISHOPS_C', "SpArC Centre", "Brampton Road", "Bishops Castle")],
  "Gentle seated and standing exercise; fine if you have pain or fatigue.", "£3", W('TU', '14:00', '15:00', 'Tuesdays 2pm'))
S('bsc', "Bishop's Castle Advice Surgery", [], [st('BISHOPS_C', "Town Hall", "High Street", "Bishop's Castle")],
  "Monthly outreach from Shrewsbury Advice Centre: benefits and debt.", "Free", M('1MO', '10:00', '13:00', '1st Monday'), needs=['money'])
S('mfs', "Marches Farming Support Helpline", [], 'phone',
  "Confidential line for farmers and farming families: stress, money, TB, paperwork, succession. Farmers answering farmers.", "Free",
  T('7 days, 7am-11pm'), area=['Shropshire', 'Herefordshire'], needs=['mental_health', 'money', 'loneliness'],
  elig="Farmers, farm workers and their families.")
S('mfs', "Rural Accounts & Tax Clinic", ['SL-0118'], [st('LUDLOW', "Ludlow Market Offices", "Corve Street", "Ludlow")],
  "Farm accounts and tax returns.", "£45 per appointment", T('By appointment'))
S('lud', "Ludlow Bereavement Group", [BE], [st('LUDLOW', "Ludlow Assembly Rooms", "Mill Street", "Ludlow")],
  "Group for anyone who has lost someone close.", "Free", M('2TH', '14:00', '16:00', '2nd Thursday'))
S('lud', "Ludlow Talking Therapies Drop-in", [MW], [st('LUDLOW', "Ludlow Community Hospital annexe", "Gravel Hill", "Ludlow"), st('CRAVEN_ARMS', "Craven Arms Community Centre", "Newington Way", "Craven Arms")],
  "Drop in to talk about low mood and anxiety.", "Free", W('WE', '13:00', '16:00', 'Wednesdays'))
S('lud', "Ludlow Lunch Club", ['SL-0311'], [st('LUDLOW', "St Laurence's Parish Rooms", "College Street", "Ludlow")],
  "Lunch and company.", "£4.50", W('TH', '12:00', '13:30', 'Thursdays'))
S('lud', "Ludlow Art Group", [AR], [st('LUDLOW', "Ludlow Library", "Parkway", "Ludlow")],
  "Watercolours.", "£3", W('MO', '10:00', '12:00', 'Mondays'))
S('sta', "Craven Arms Walking Group", [WK], [st('CRAVEN_ARMS', "Shropshire Hills Discovery Centre", "School Road", "Craven Arms")],
  "Gentle walks from the Discovery Centre.", "Free", W('TH', '10:00', '11:30', 'Thursdays'))
S('sta', "Church Stretton Tai Chi", [], [st('STRETTON', "Silvester Horne Institute", "Sandford Avenue", "Church Stretton")],
  "Slow tai chi, seated option.", "£4", W('WE', '10:00', '11:00', 'Wednesdays'), needs=['physical_activity', 'long_term_conditions'])
S('sta', "Church Stretton Community Choir", [AR], [st('STRETTON', "St Laurence's Church", "Church Street", "Church Stretton")],
  "All-comers choir.", "£2", W('TH', '19:30', '21:00', 'Thursdays'))
S('sct', "Shropshire Community Car Scheme", [TR], 'phone',
  "Volunteer drivers for medical appointments, shopping and groups. Book 48 hours ahead.", "45p a mile", T('Book Mon-Fri 9-1'),
  area='Shropshire')
S('sct', "South Shropshire Dial-a-Ride", ['SL-0520'], 'phone', "Minibus for people who cannot use buses.", "Fares from £3",
  R, area='Shropshire', status='inactive', alert="Closed: the minibus contract ended in October.")
S('shc2', "Shropshire Carers Befriending Calls", [CR], 'phone', "Weekly friendly call for carers.", "Free", T('Weekly, at a time to suit'),
  area='Shropshire')
S('shc2', "Money Advice Shropshire Phone Line", ['SL-0103', 'SL-0118'], 'phone', "Benefits and debt advice by phone.", "Free",
  W('MO,TU,WE,TH,FR', '09:00', '16:00', 'Weekdays'), area='Shropshire')
S('shc2', "Shropshire Carers Hub", [CR], [st('SHREWSBURY', "Carers Hub", "Abbey Foregate", "Shrewsbury")],
  "Advice and groups for carers.", "Free", W('MO,TU,WE,TH', '09:30', '16:00', 'Mon-Thu'), area='Shropshire')
# ------------------------------------------------------------------ Bridgnorth / Much Wenlock
S('bri', "Much Wenlock Art Club", [AR], [st('MUCH_WENLOCK', "Much Wenlock Memorial Hall", "High Street", "Much Wenlock")],
  "Painting and drawing, all levels; step-free.", "£2 a session", W('WE', '14:00', '16:00', 'Wednesday afternoons'))
S('bri', "Much Wenlock Coffee & Chat", [], [st('MUCH_WENLOCK', "Priory Hall", "Sheinton Street", "Much Wenlock")],
  "Monthly coffee morning.", "Free", M('1SA', '10:00', '12:00', '1st Saturday'), needs=['loneliness'])
S('bri', "Bridgnorth Volunteer Centre", [VO], [st('BRIDGNORTH', "Bridgnorth Library", "Listley Street", "Bridgnorth")],
  "Volunteering roles in south-east Shropshire.", "Free", W('TU', '10:00', '13:00', 'Tuesdays'))
S('bri', "Bridgnorth Stroke Club", [HC], [st('BRIDGNORTH', "Castle Hall", "West Castle Street", "Bridgnorth")],
  "Stroke survivors' social.", "£2", W('FR', '13:30', '15:30', 'Fridays'))
S('bri', "Bridgnorth Walking for Health", [WK], [st('BRIDGNORTH', "Severn Park", "Riverside", "Bridgnorth")],
  "Led walks.", "Free", W('MO', '10:00', '11:00', 'Mondays'))
S('bri', "Volunteer Shropshire Online Matching", ['SL-0842'], ('online', 'https://bridgnorth-trust.example/volunteer'),
  "Find volunteering you can do from home or near home; a coordinator calls you back.", "Free", T('Online any time'), area='Shropshire')
# ------------------------------------------------------------------ Telford and Wrekin
S('tel', "Madeley Job Club", [JB], [st('MADELEY', "Madeley Anstice", "Park Street", "Madeley, Telford", "Shropshire")],
  "Job search, CVs and confidence; staff sit with you at the computer.", "Free", W('MO,TH', '10:00', '13:00', 'Mon & Thu'))
S('tel', "Telford Digital Drop-in", [DG], [st('TELFORD', "Southwater Library", "Southwater Square", "Telford")],
  "Patient one-to-one help with computers and phones, for beginners.", "Free", W('TU,FR', '10:00', '12:00', 'Tue & Fri'))
S('tel', "Telford & Wrekin Money Advice", [MB, MD], [st('TELFORD', "Southwater One", "Southwater Square", "Telford")],
  "Benefits, debt and redundancy money advice.", "Free", W('MO,TU,WE,TH,FR', '09:30', '16:00', 'Weekdays'))
S('tel', "Telford Stroke Club", [HC], [st('MADELEY', "Madeley Court", "Court Street", "Madeley")],
  "Stroke survivors' group.", "Free", W('TU', '13:30', '15:30', 'Tuesdays'), area='Telford and Wrekin')
S('tel', "Telford & Wrekin Dial-a-Ride", ['SL-0520'], 'phone', "Door-to-door transport.", "£2.50 single", R, area='Telford and Wrekin')
S('cvp', "CV Writing Pro", [JB], [st('TELFORD', "Hollinswood House", "Stafford Court", "Telford")],
  "Professional CV writing from £79.", "From £79", T('By appointment'))
S('tel', "Wellington Community Lunch", [], [st('WELLINGTON', "Wellington Methodist Church", "New Street", "Wellington")],
  "Hot lunch, all ages welcome.", "£3.50", W('WE', '12:00', '13:30', 'Wednesdays'), needs=['food', 'loneliness'])
S('tel', "Oakengates Men's Shed", [], [st('OAKENGATES', "Oakengates Shed", "Market Street", "Oakengates")],
  "Shed.", NOFEE, W('TU,FR', '10:00', '15:00', 'Tue & Fri'), needs=['loneliness'])
S('tel', "Telford Mental Health Peer Support", [MW], [st('TELFORD', "Telford Wellbeing Hub", "Southwater Square", "Telford")],
  "Peer support group.", "Free", W('TH', '17:30', '19:00', 'Thursdays'), minage=18)
S('tel', "Telford Redundancy Support Service", ['SL-0842'], [st('TELFORD', "Southwater One", "Southwater Square", "Telford")],
  "Help after redundancy: retraining, grants, CVs.", "Free", W('WE', '10:00', '15:00', 'Wednesdays'), area='Telford and Wrekin')
# ------------------------------------------------------------------ Herefordshire
S('hca', "Herefordshire Carers Home Sitting", ['SL-0415'], 'home',
  "A trained volunteer sits with the person you care for, up to 3 hours a week, so you can rest or go out.", "Free", R,
  area='Herefordshire', minage=18)
S('hca', "Herefordshire Carers Line", [CR], 'phone', "Advice, carers' assessments and a listening ear.", "Free",
  W('MO,TU,WE,TH,FR', '09:00', '17:00', 'Weekdays'), area='Herefordshire')
S('hca', "Ledbury Carers' Café", [CR], [st('LEDBURY', "Ledbury Community Hall", "Lawnside Road", "Ledbury")],
  "Monthly café for carers.", "Free", M('2WE', '10:30', '12:00', '2nd Wednesday'))
S('wyv', "Ledbury Lunch Club", ['SL-0311'], [st('LEDBURY', "Burgage Hall", "The Homend", "Ledbury")],
  "Lunch and chat.", "£4", W('TH', '12:00', '13:30', 'Thursdays'))
S('wyv', "Ledbury Walking Group", [WK], [st('LEDBURY', "Ledbury Market House", "High Street", "Ledbury")],
  "Led walks.", "Free", W('TU', '10:00', '11:30', 'Tuesdays'))
S('wyv', "Ross-on-Wye Community Choir", [], [st('ROSS', "Larruperz Centre", "Henry Street", "Ross-on-Wye")],
  "Choir.", "£3", W('WE', '19:30', '21:00', 'Wednesdays'), needs=['arts'])
S('wyv', "Ross-on-Wye Advice Drop-in", [MB], [st('ROSS', "Ross Library", "Cantilupe Road", "Ross on Wye")],
  "Benefits advice.", "Free", W('TU', '10:00', '13:00', 'Tuesdays'))
S('wyv', "Ross-on-Wye Memory Café", [HC], [st('ROSS', "St Mary's Church Hall", "Church Street", "Ross-on-Wye, Herefordshire")],
  "Memory café.", "Free", M('3TH', '14:00', '16:00', '3rd Thursday'))
S('her', "Hereford Advice Centre", [MB, MD, HH], [st('HEREFORD', "Advice Centre", "Commercial Street", "Hereford", "Herefordshire"),
   st('LEOMINSTER', "Leominster Library (outreach)", "Buttercross", "Leominster"), st('KINGTON', "Kington Library (outreach, monthly)", "Mill Street", "Kington")],
  "Benefits, debt and housing.", "Free", W('MO,TU,WE,TH,FR', '09:30', '16:00', 'Weekdays'))
S('her', "Hereford Recovery Group", [RE], [st('HEREFORD', "Hereford Quaker Meeting House", "King Street", "Hereford")],
  "Recovery meeting.", "Free", W('MO', '19:00', '20:30', 'Mondays'), minage=18)
S('her', "Hereford Bereavement Group", [BE], [st('HEREFORD_N', "Hereford Cathedral Close Rooms", "Cathedral Close", "Hereford")],
  "Bereavement group.", "Free", M('1TU', '14:00', '16:00', '1st Tuesday'))
S('her', "Herefordshire Bereavement Home Visits", ['SL-0955'], 'home', "A trained volunteer visits you at home.", "Free", R,
  area='Herefordshire')
S('her', "Hereford Food Bank", ['SL-0312'], [st('HEREFORD', "Hereford Food Bank", "Widemarsh Street", "Hereford")],
  "Food parcels.", "Free", W('TU,TH', '12:00', '14:00', 'Tue & Thu'))
S('her', "Hereford ESOL Conversation Club", [EN], [st('HEREFORD_N', "Hereford Library", "Broad Street", "HEREFORD")],
  "English conversation practice.", "Free", W('WE', '18:00', '19:30', 'Wednesdays'))
S('her', "Hereford Job Club", [JB], [st('HEREFORD', "Hereford Library", "Broad Street", "Hereford")],
  "Job club.", "Free", W('TH', '10:00', '12:00', 'Thursdays'))
S('her', "Hereford Polish Community Café", [], [st('HEREFORD', "St Francis Xavier Hall", "Broad Street", "Hereford")],
  "Kawiarnia: Polish community café.", "Free", W('SU', '12:00', '14:00', 'Sundays'), needs=['loneliness'], langs=PL)
S('lkt', "Leominster Lunch Club", [LC], [st('LEOMINSTER', "Leominster Community Centre", "School Road", "LEOMINSTER")],
  "Lunch and company.", "£3.50", W('TU', '12:00', '13:30', 'Tuesdays'))
S('lkt', "Leominster Community Transport", [TR], 'phone', "Minibus and car scheme.", "Fares from £2", R, area='Herefordshire')
S('lkt', "Leominster Art Club", [AR], [st('LEOMINSTER', "Leominster Priory Hall", "Church Street", "Leominster")],
  "Art club.", "£2", W('TH', '10:00', '12:00', 'Thursdays'))
S('lkt', "Kington Community Café", [], [st('KINGTON', "Kington Market Hall", "Market Hall Street", "Kington")],
  "Monthly community café.", "Donations welcome", M('3SA', '10:00', '12:00', '3rd Saturday'), needs=['loneliness'],
  status='inactive', alert="Closed for the winter (no heating in the Market Hall). Back in April.")
S('hcm', "Homecare Companions Marches", [BF], 'home', "Paid companionship visits: £24 per hour, minimum 2 hours.", "From £24 per hour",
  T('7 days'), area=['Herefordshire', 'Shropshire'])
# ------------------------------------------------------------------ Worcester / Malvern / Vale
S('wct', "Worcester Advice Centre", [MB, MD, HH], [st('WORCESTER', "Advice Centre", "The Shambles", "Worcester", "Worcestershire")],
  "Benefits, debt and housing.", "Free", W('MO,TU,WE,TH,FR', '09:30', '16:00', 'Weekdays'))
S('wct', "Worcester Pain Management Course", [HC], [st('WORC_S', "Worcester Community Hospital", "Newtown Road", "Worcester")],
  "Six-week course.", "Free", W('TU', '13:00', '15:00', 'Tuesdays'))
S('wca', "Worcester Carers' Pamper Morning", [CR], [st('WORCESTER', "The Hive", "Sawmill Walk", "Worcester")],
  "Hand massage, nails and a cuppa.", "Free to carers", M('4TH', '10:00', '12:00', '4th Thursday'))
S('wca', "Worcestershire Carers Sitting Service", ['SL-0415'], 'home', "Volunteer sitters.", "Free", R, area='Worcestershire')
S('wca', "Worcestershire Carers Line", ['SL-0402'], 'phone', "Carers' advice line.", "Free",
  W('MO,TU,WE,TH,FR', '09:00', '17:00', 'Weekdays'), area='Worcestershire')
S('wct', "Worcester Recovery Café", [RE], [st('WORCESTER', "Angel Place Café", "Angel Place", "Worcester")],
  "Recovery café.", "Free", W('SA', '10:00', '13:00', 'Saturdays'))
S('wct', "Worcester Community Choir", [AR], [st('WORCESTER', "Huntingdon Hall", "Crowngate", "Worcester")],
  "Choir.", "£4, concessions available", W('TU', '19:00', '21:00', 'Tuesdays'))
S('mha', "Malvern Carers Coffee Morning", [CR], [st('MALVERN', "Malvern Cube", "Albert Road North", "Malvern")],
  "Carers' coffee.", "Free", M('1WE', '10:00', '12:00', '1st Wednesday'))
S('mha', "Malvern Art Class", [AR], [st('MALVERN', "Malvern Cube", "Albert Road North", "Great Malvern")],
  "Drawing and painting class.", "£6, concessions available", W('MO', '10:00', '12:00', 'Mondays'))
S('mha', "Malvern Hills Health Walks", [WK], [st('MALVERN', "Priory Park", "Grange Road", "Malvern")],
  "Led walks.", "Free", W('TH', '10:00', '11:00', 'Thursdays'))
S('vec', "Evesham Job Club", [JB], [st('EVESHAM', "Evesham Library", "Oat Street", "Evesham")],
  "Job search.", "Free", W('WE', '10:00', '12:00', 'Wednesdays'))
S('vec', "Evesham Polish Advice Drop-in", [MB, CLANG], [st('EVESHAM', "Evesham Library", "Oat Street", "Evesham")],
  "Benefits and work rights advice in Polish.", "Free", W('SA', '10:00', '12:00', 'Saturdays'), langs=PL)
S('vec', "Pershore Lunch Club", ['SL-0311'], [st('PERSHORE', "Pershore Town Hall", "High Street", "Pershore")],
  "Lunch.", "£4", W('WE', '12:00', '13:30', 'Wednesdays'))
S('vec', "Pershore Community Garden", [], [st('PERSHORE', "Abbey Park", "Abbey Road", "Pershore")],
  "Gardening together.", "Free", W('SA', '10:00', '13:00', 'Saturdays'), needs=['physical_activity', 'loneliness'])
S('vec', "Evesham ESOL", ['SL-0610'], [st('EVESHAM', "Evesham Community Centre", "Victoria Avenue", "Evesham")],
  "English classes.", "Free", W('TU,TH', '18:00', '20:00', 'Tue & Thu evenings'))
S('wct', "Bromsgrove Parent & Baby Group", [FA], [st('BROMSGROVE', "Bromsgrove Family Hub", "Stourbridge Road", "Bromsgrove")],
  "Baby group.", "Free", W('MO', '10:00', '11:30', 'Mondays'))
# ------------------------------------------------------------------ Kidderminster / Tenbury (Wyre Forest)
S('wfn', "Wyre Forest Benefits Advice", [MB], [st('KIDDERMINSTER', "Kidderminster Town Hall", "Vicar Street", "Kidderminster", "Worcs"),
   st('TENBURY', "Tenbury Pump Rooms (outreach, 2nd Friday)", "Teme Street", "Tenbury Wells")],
  "Benefits advice including PIP forms, reviews and appeals.", "Free", W('TU,TH', '09:30', '15:00', 'Tue & Thu'))
S('wfn', "Kidderminster Fibromyalgia Support Group", [], [st('KIDDERMINSTER', "Kidderminster Library", "Market Street", "Kidderminster")],
  "Monthly peer group for people with fibromyalgia and chronic pain.", "Free", M('2MO', '13:30', '15:00', '2nd Monday'),
  needs=['long_term_conditions', 'mental_health'])
S('wfn', "Kidderminster Chair Yoga", [AC], [st('KIDDERMINSTER', "St Mary's Church Hall", "Church Street", "Kidderminster")],
  "Chair yoga, suitable for pain and limited mobility.", "£5 suggested donation", W('WE', '11:00', '12:00', 'Wednesdays 11am'))
S('kps', "Kidderminster Pilates Studio", [], [st('KIDDERMINSTER', "Wyre Forest Pilates, Unit 2", "Mill Street", "Kidderminster")],
  "Small-group Pilates for back pain and mobility. Drop-in £9.50, block of six £51.", NOFEE, T('Classes Mon-Sat'),
  needs=['physical_activity', 'long_term_conditions'])
S('wfn', "Wyre Forest Bereavement Group", [BE], [st('KIDDERMINSTER', "Baxter Church Rooms", "Bull Ring", "Kidderminster")],
  "Bereavement group.", "Free", M('3TU', '14:00', '16:00', '3rd Tuesday'))
S('wfn', "Kidderminster Job Club", ['SL-0842'], [st('KIDDERMINSTER', "Kidderminster Library", "Market Street", "Kidderminster, Worcs")],
  "Job club.", "Free", W('WE', '10:00', '12:00', 'Wednesdays'))
S('wfn', "Kidderminster Food Bank", [FB], [st('KIDDERMINSTER', "Kidderminster Food Bank", "Comberton Hill", "Kidderminster")],
  "Food parcels.", "Free", W('MO,TH', '11:00', '13:00', 'Mon & Thu'))
S('wfn', "Tenbury Wednesday Lunch Club", [LC], [st('TENBURY', "Tenbury Pump Rooms", "Teme Street", "Tenbury Wells")],
  "Two-course lunch with company; men very welcome.", "£4.50", W('WE', '12:00', '14:00', 'Wednesdays 12-2'), needs=['loneliness'])
S('mms', "Tenbury Men's Shed", [], [st('TENBURY', "Tenbury Shed, old station yard", "Market Street", "Tenbury", "Worcs")],
  "Woodwork, tool repair and tea. Blokes who've lost their wives say it helps.", "Free", W('TU,FR', '10:00', '15:00', 'Tue & Fri'),
  needs=['loneliness'])
S('wfn', "Tenbury Bereavement Café", [BE], [st('TENBURY', "Tenbury Pump Rooms", "Teme Street", "Tenbury Wells")],
  "Bereavement café.", "Free", M('1TH', '14:00', '16:00', '1st Thursday'),
  status='inactive', alert="Paused: our volunteer leader has moved away. We hope to restart in the spring.")
# ------------------------------------------------------------------ region-wide: phone, online
S('slw', "Sharing Loss Bereavement Line", [BE], 'phone', "Talk to a trained bereavement volunteer.", "Free",
  T('Daily 9am-9pm'), area=WM)
S('slw', "Sharing Loss Online Grief Circle", ['SL-0955'], ('online', 'https://sharing-loss.example/circle'),
  "Weekly video group.", "Free", W('TH', '19:00', '20:30', 'Thursdays'), area=WM)
S('fvm', "Friendly Voices West Midlands", [BF], 'phone', "A weekly friendly phone call from a volunteer.", "Free",
  T('Weekly, at a time to suit'), area=WM)
S('dbm', "Digital Bridges Online Skills Course", ['SL-0640'], ('online', 'https://digital-bridges.example/course'),
  "Self-paced online course.", "Free", T('Any time'), area=WM, phone=False)
S('dbm', "Digital Bridges Phone Tutor", [DG], 'phone', "A tutor talks you through your device by phone.", "Free", R, area=WM)
S('ctm', "Carers Together Online Cuppa", [CR], ('online', 'https://carers-together.example/cuppa'),
  "Video chat for carers.", "Free", W('MO,TH', '20:00', '21:00', 'Mon & Thu 8pm'), area=WM)
S('ctm', "Carers Together Phone Pals", [], 'phone', "Carer-to-carer phone friendship.", "Free", T('Weekly'), area=WM,
  needs=['carers', 'loneliness'])
S('slw', "Diabetes Online Learning Midlands", [HC], ('online', 'https://sharing-loss.example/diabetes'),
  "Online course for type 2 diabetes.", "Free", T('Any time'), area=WM)
S('fvm', "Stroke Survivors Phone Buddies", [], 'phone', "Buddy calls for stroke survivors.", "Free", T('Weekly'), area=WM,
  needs=['long_term_conditions', 'loneliness'])
S('fvm', "ME & Fatigue Support Online Marches", [HC], ('online', 'https://friendly-voices.example/fatigue'),
  "Online peer group for ME and fatigue.", "Free", M('1TU,3TU', '19:00', '20:00', '1st & 3rd Tuesday'), area=[STW, HW])
S('bcr', "West Midlands Recovery Line", ['SL-0730'], 'phone', "Alcohol and drug support line.", "Free", T('24 hours'), area=WM)
S('plr', "Priory Lane Private Rehab", ['SL-0730'], [st('SOLIHULL', "Priory Lane House", "Priory Road", "Solihull")],
  "Residential detox and rehab.", "From £3,500 for 28 days", T('Admissions daily'))
S('bmh', "Midlands Listening Line", [MW], 'phone', "Emotional support line for adults.", "Free", T('Daily 6pm-midnight'), area=WM, minage=18)

# ------------------------------------------------------------------ more home-visit and online (added after the first pass)
S('shh', "Shropshire Home Library Service", ['SL-0610'], 'home', "Volunteers bring library books and audiobooks to your door every three weeks and stay for a chat.",
  "Free", T('Every three weeks'), area='Shropshire', needs=['loneliness'])
S('ban', "Birmingham Befriending Home Visits", [BF], 'home', "A volunteer visits you at home for an hour a week.", "Free", R,
  area='Birmingham', minage=60)
S('bmh', "Brum Minds Online Peer Group", [MW], ('online', 'https://brum-minds.example/online'), "Video peer support group.", "Free",
  W('WE', '19:00', '20:30', 'Wednesday evenings'), area=BSOL, minage=18)
S('cvr', "Coventry Online ESOL Practice", [], ('online', 'https://cov-welcome.example/esol'), "Short online English lessons on WhatsApp video, mornings.",
  "Free", W('TU,TH', '09:30', '10:30', 'Tue & Thu 9.30'), area='Coventry', needs=['learning'])

# ------------------------------------------------------------------ import styles
# The table above was written with a taxonomy on most records. To get the third style's mix (about half wellbeing
# directory, a quarter LGSL-like, a quarter no taxonomy) some records are re-tagged here as a partner feed would send
# them: NO_TAX lose their terms (the labels keep what the service meets), TO_SL carry service-list codes instead.
DROP = {"Bromsgrove Parent & Baby Group", "Walsall Art Drop-in", "Ludlow Art Group", "Oswestry Walking Group",
        "Hereford Job Club", "Coventry Talking Space", "Whitmore Reans Walk & Talk", "Malvern Hills Health Walks",
        "Oakengates Men's Shed", "Hereford ESOL Conversation Club", "Dudley Money Advice"}
# a few small organisations folded into neighbours, as a directory import would list them under the parent body
ORG_MERGE = {'sta': 'lud', 'lkt': 'her', 'cov': 'cvw'}
NO_TAX = {
 "Small Heath Park Health Walk": ['physical_activity'], "Sparkbrook Over-50s Lunch Club": ['food', 'loneliness'],
 "Erdington Health Walks": ['physical_activity'], "Sutton Park Nordic Walking": ['physical_activity'],
 "Kings Heath Community Singers": ['arts'], "Northfield Carers Café": ['carers'],
 "Hillfields Community Lunch": ['food', 'loneliness'], "Coventry Parent & Baby Group": ['parenting'],
 "Wolverhampton Digital Help": ['digital'], "Dudley Volunteer Centre": ['employment'],
 "Brierley Hill Carers Group": ['carers'], "Oldbury Lunch Club": ['food', 'loneliness'],
 "Shrewsbury Farmers' Coffee Morning": ['loneliness'], "Ludlow Bereavement Group": ['bereavement'],
 "Craven Arms Walking Group": ['physical_activity'], "Bridgnorth Walking for Health": ['physical_activity'],
 "Leominster Art Club": ['arts'], "Malvern Art Class": ['arts'], "Worcester Recovery Café": ['alcohol_drugs'],
 "Ledbury Walking Group": ['physical_activity'],
}
TO_SL = {
 "Birmingham City Centre Advice Centre": ['SL-0103', 'SL-0118'], "Friendly Voices West Midlands": ['SL-0344'],
 "Ross-on-Wye Memory Café": ['SL-0760'], "Halesowen Stroke Club": ['SL-0760'], "Evesham Job Club": ['SL-0842'],
 "Kidderminster Food Bank": ['SL-0312'], "Malvern Carers Coffee Morning": ['SL-0402'],
 "Shrewsbury Lip-reading Class": [CL],
}
SERVICES[:] = [s for s in SERVICES if s['name'] not in DROP]
for s in SERVICES:
    s['org'] = ORG_MERGE.get(s['org'], s['org'])
    if s['name'] in NO_TAX: s['tax'], s['needs'] = [], NO_TAX.pop(s['name'])
    if s['name'] in TO_SL: s['tax'] = TO_SL.pop(s['name'])
assert not NO_TAX and not TO_SL, (NO_TAX, TO_SL)
