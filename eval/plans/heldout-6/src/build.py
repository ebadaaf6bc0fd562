"""Build directory-se.json, labels-se.json, vocabulary.json, people-heldout-6.json. UUIDv5 ids, stable on rebuild.
Run: python3 src/build.py"""
import hashlib, json, os, re, uuid
OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
NS = uuid.UUID('9c41d2a0-3f5e-4b7a-8e21-5d6c7b8a9e13')
def uid(*p): return str(uuid.uuid5(NS, '/'.join(str(x) for x in p)))

# place: lat, lon, postcode sector, unit (borough / district), county label, ICB, town, city text, region
P = {
 'lewisham': (51.4613, -0.0107, 'SE13 5', 'Lewisham', 'South East London', 'Lewisham', 'London'),
 'lee':      (51.4555, 0.0060, 'SE12 8', 'Lewisham', 'South East London', 'Lewisham', 'Lee, London'),
 'catford':  (51.4450, -0.0205, 'SE6 4', 'Lewisham', 'South East London', 'Lewisham', 'Catford'),
 'peckham':  (51.4736, -0.0692, 'SE15 5', 'Southwark', 'South East London', 'Southwark', 'Peckham, London'),
 'walworth': (51.4885, -0.0935, 'SE17 1', 'Southwark', 'South East London', 'Southwark', 'London'),
 'kennington': (51.4880, -0.1105, 'SE11 4', 'Lambeth', 'South East London', 'Lambeth', 'London'),
 'norwood':  (51.4320, -0.1030, 'SE27 9', 'Lambeth', 'South East London', 'Lambeth', 'West Norwood'),
 'croydon':  (51.3755, -0.0980, 'CR0 1', 'Croydon', 'South East London', 'Croydon', 'Croydon'),
 'thornton': (51.3985, -0.1020, 'CR7 8', 'Croydon', 'South East London', 'Croydon', 'Thornton Heath'),
 'whitechapel': (51.5194, -0.0600, 'E1 1', 'Tower Hamlets', 'North East London', 'Tower Hamlets', 'London'),
 'poplar':   (51.5095, -0.0175, 'E14 0', 'Tower Hamlets', 'North East London', 'Tower Hamlets', 'Poplar, London'),
 'stratford': (51.5415, -0.0030, 'E15 1', 'Newham', 'North East London', 'Newham', 'Stratford'),
 'forestgate': (51.5495, 0.0245, 'E7 9', 'Newham', 'North East London', 'Newham', 'Forest Gate'),
 'eastham':  (51.5390, 0.0515, 'E6 1', 'Newham', 'North East London', 'Newham', 'East Ham'),
 'barking':  (51.5365, 0.0810, 'IG11 8', 'Barking and Dagenham', 'North East London', 'Barking and Dagenham', 'Barking'),
 'dagenham': (51.5405, 0.1475, 'RM10 8', 'Barking and Dagenham', 'North East London', 'Barking and Dagenham', 'Dagenham'),
 'margate':  (51.3885, 1.3840, 'CT9 1', 'Thanet', 'Kent and Medway', 'Kent', 'Margate'),
 'ramsgate': (51.3355, 1.4190, 'CT11 9', 'Thanet', 'Kent and Medway', 'Kent', 'Ramsgate'),
 'canterbury': (51.2795, 1.0800, 'CT1 2', 'Canterbury', 'Kent and Medway', 'Kent', 'Canterbury'),
 'folkestone': (51.0815, 1.1660, 'CT20 1', 'Folkestone', 'Kent and Medway', 'Kent', 'Folkestone'),
 'dover':    (51.1265, 1.3125, 'CT16 1', 'Dover', 'Kent and Medway', 'Kent', 'Dover'),
 'ashford':  (51.1470, 0.8730, 'TN23 1', 'Ashford', 'Kent and Medway', 'Kent', 'Ashford'),
 'tenterden': (51.0690, 0.6880, 'TN30 6', 'Ashford', 'Kent and Medway', 'Kent', 'Tenterden'),
 'newromney': (50.9855, 0.9410, 'TN28 8', 'Romney Marsh', 'Kent and Medway', 'Kent', 'New Romney'),
 'dymchurch': (51.0260, 0.9950, 'TN29 0', 'Romney Marsh', 'Kent and Medway', 'Kent', 'Dymchurch'),
 'lydd':     (50.9510, 0.9070, 'TN29 9', 'Romney Marsh', 'Kent and Medway', 'Kent', 'Lydd'),
 'brookland': (51.0075, 0.8290, 'TN29 9', 'Romney Marsh', 'Kent and Medway', 'Kent', 'Brookland'),
 'hastings': (50.8560, 0.5790, 'TN34 1', 'Hastings', 'Sussex', 'East Sussex', 'Hastings'),
 'stleonards': (50.8550, 0.5530, 'TN38 0', 'Hastings', 'Sussex', 'East Sussex', 'St Leonards-on-Sea'),
 'eastbourne': (50.7685, 0.2845, 'BN21 4', 'Eastbourne', 'Sussex', 'East Sussex', 'Eastbourne'),
 'rye':      (50.9505, 0.7330, 'TN31 7', 'Rother', 'Sussex', 'East Sussex', 'Rye'),
}
TOWN = {'lewisham': 'Lewisham', 'lee': 'Lee', 'catford': 'Catford', 'peckham': 'Peckham', 'walworth': 'Walworth',
        'kennington': 'Kennington', 'norwood': 'West Norwood', 'croydon': 'Croydon', 'thornton': 'Thornton Heath',
        'whitechapel': 'Whitechapel', 'poplar': 'Poplar', 'stratford': 'Stratford', 'forestgate': 'Forest Gate',
        'eastham': 'East Ham', 'barking': 'Barking', 'dagenham': 'Dagenham', 'stleonards': 'St Leonards-on-Sea',
        'newromney': 'New Romney'}
def town(k): return TOWN.get(k, k.capitalize())

T = {  # invented 'sel-borough-wellbeing' taxonomy: code -> (name, need)
 'WB-MON-1': ('Money › Benefits and grants', 'money'), 'WB-MON-2': ('Money › Debt help', 'money'),
 'WB-HOU-1': ('Home › Housing and homelessness', 'housing'), 'WB-FOO-1': ('Food › Food banks and pantries', 'food'),
 'WB-FOO-2': ('Food › Lunch clubs', 'food'), 'WB-CON-1': ('Connecting › Social groups', 'loneliness'),
 'WB-CON-2': ('Connecting › Befriending', 'loneliness'), 'WB-MIN-1': ('Mind › Peer support and wellbeing', 'mental_health'),
 'WB-MIN-2': ('Mind › Talking therapies and counselling', 'mental_health'), 'WB-MOV-1': ('Moving › Walks and gentle exercise', 'physical_activity'),
 'WB-CAR-1': ('Caring › Adult carers', 'carers'), 'WB-CAR-2': ('Caring › Young carers', 'carers'),
 'WB-WRK-1': ('Work › Jobs and skills', 'employment'), 'WB-WRK-2': ('Work › Volunteering', 'employment'),
 'WB-LOS-1': ('Loss › Bereavement', 'bereavement'), 'WB-REC-1': ('Recovery › Alcohol and drugs', 'alcohol_drugs'),
 'WB-LRN-1': ('Learning › ESOL and adult learning', 'learning'), 'WB-LRN-2': ('Learning › Getting online', 'digital'),
 'WB-HLT-1': ('Health › Living with a condition', 'long_term_conditions'), 'WB-FAM-1': ('Family › Parents and under-5s', 'parenting'),
 'WB-CRE-1': ('Creative › Arts, music and crafts', 'arts'), 'WB-TRV-1': ('Travel › Community transport', 'transport'),
 'WB-LNG-1': ('Language › Community-language service', None),
}
PARENTS = {'WB-MON': 'Money', 'WB-HOU': 'Home', 'WB-FOO': 'Food', 'WB-CON': 'Connecting', 'WB-MIN': 'Mind', 'WB-MOV': 'Moving',
           'WB-CAR': 'Caring', 'WB-WRK': 'Work', 'WB-LOS': 'Loss', 'WB-REC': 'Recovery', 'WB-LRN': 'Learning', 'WB-HLT': 'Health',
           'WB-FAM': 'Family', 'WB-CRE': 'Creative', 'WB-TRV': 'Travel', 'WB-LNG': 'Language'}
ORGS = {}
def org(key, name, desc): ORGS[key] = (name, desc, key + '.example')
for k, n, d in [
 ('lewisham-assist', 'Lewisham Community Assist', 'Advice and social groups in Lewisham.'),
 ('southwark-links', 'Southwark Links', 'Community wellbeing charity in Peckham and Walworth.'),
 ('lambeth-together', 'Lambeth Together Neighbours', 'Volunteer-led groups in Kennington and Norwood.'),
 ('croydon-compass', 'Croydon Compass', 'Advice, youth and wellbeing services in Croydon.'),
 ('towerhamlets-hub', 'Tower Hamlets Community Hub', 'Groups in Whitechapel and Poplar.'),
 ('newham-neighbours', 'Newham Neighbours', 'Families, advice and social groups in Newham.'),
 ('bd-together', 'Barking & Dagenham Together', 'Advice and clubs in Barking and Dagenham.'),
 ('sel-grief', 'Quiet Harbour Bereavement (SE London)', 'Bereavement support in south east London.'),
 ('nel-recovery', 'Fresh Start Recovery NEL', 'Alcohol and drug recovery in north east London.'),
 ('thanet-coast', 'Thanet Coast Community Trust', 'Community projects in Margate and Ramsgate.'),
 ('canterbury-cares', 'Canterbury Cares Network', 'Wellbeing and arts in Canterbury.'),
 ('shepway-hands', 'Shepway Helping Hands', 'Folkestone community support.'),
 ('dover-harbour', 'White Cliffs Community Action', 'Dover community organisation.'),
 ('ashford-weald', 'Weald & Ashford Voluntary Action', 'Ashford and Tenterden groups.'),
 ('marsh-link', 'Marsh Link Community Association', 'Village support across Romney Marsh.'),
 ('hastings-harbour', 'Stade Community Trust', 'Groups in Hastings and St Leonards.'),
 ('eastbourne-bay', 'Bayside Eastbourne Community', 'Eastbourne social groups and digital help.'),
 ('rye-rother', 'Rother Rural Connect', 'Rye and rural Rother support.'),
 ('kent-carers', 'Kent Carers Circle', 'Support for unpaid carers across Kent.'),
 ('esx-carers', 'East Sussex Carers Alliance', 'Support for unpaid carers in East Sussex.'),
 ('friendly-voice', 'Friendly Voice Befriending', 'Telephone befriending in Kent and East Sussex.'),
 ('london-lines', 'Southside Listening Lines', 'Phone and online listening services for London.'),
 ('money-wise', 'MoneyWise Coast', 'Free debt advice by phone for Kent and Sussex.'),
 ('clearpath-debt', 'ClearPath Debt Solutions Ltd', 'Fee-charging debt management company.'),
 ('mindful-private', 'Riverside Counselling Practice', 'Private counselling rooms.'),
 ('youth-space', 'YouthSpace South London', 'Youth wellbeing for young people 11-25.'),
 ('somali-mothers', 'Hooyo Family Network', 'Somali-speaking family support in east London.'),
 ('bengali-health', 'Shapla Health Circle', 'Bengali-speaking health groups in Tower Hamlets.'),
 ('sussex-ride', 'Sussex Community Wheels', 'Community transport in East Sussex.'),
 ('kent-digital', 'Get Online Kent & Sussex', 'Digital help at home and online.'),
 ('coastal-recovery', 'Turning Tide Recovery', 'Recovery cafes on the Kent coast.'),
 ('work-coast', 'Coast to Work', 'Job clubs in east Kent.')]: org(k, n, d)

NOFEE = object()
S = []
def s(org_, name, terms, where, fees='Free', desc=None, area=None, status='active', alert=None, minage=None, maxage=None,
      langs=None, needs=None, sched=None, phone=True, cost=None, elig=None):
    S.append(dict(org=org_, name=name, terms=terms, where=where, fees=fees, desc=desc or name + '.', area=area, status=status,
                  alert=alert, minage=minage, maxage=maxage, langs=langs, needs=needs or [], sched=sched, phone=phone, cost=cost, elig=elig))
def at(place, venue, street, dlat=0.0, dlon=0.0): return {'place': place, 'venue': venue, 'street': street, 'dlat': dlat, 'dlon': dlon}
WK = lambda day, o, c, txt: {'byday': day, 'opens': o, 'closes': c, 'text': txt}

# ---------- London: dense ----------
s('lewisham-assist', 'Lewisham Money Advice Centre', ['WB-MON-1', 'WB-MON-2'], [at('lewisham', 'Advice Rooms', 'Lewisham High Street')], desc='Benefits checks, debt advice and help with energy bills. Drop in or book.', sched=WK('MO,TU,WE,TH', '09:30', '16:00', 'Mon-Thu 9.30-4'))
s('lewisham-assist', 'Lee Green Pensioners Social', ['WB-CON-1'], [at('lee', 'Lee Green Community Hall', 'Lee High Road')], fees='£1.50 for tea and cake', minage=60, desc='Friendly afternoon social for over-60s: tea, bingo and a chat.', sched=WK('WE', '14:00', '16:00', 'Wednesday afternoons'))
s('lewisham-assist', 'Lewisham Riverside Walk', ['WB-MOV-1'], [at('lee', 'Meet at Manor House Gardens gate', 'Old Road', 0.0005, -0.003)], desc='Gentle 45-minute walk in Manor House Gardens and along the Quaggy. All paces.', sched=WK('FR', '10:30', '11:30', 'Fridays 10.30'))
s('lewisham-assist', 'Catford Food Pantry', ['WB-FOO-1'], [at('catford', 'St Laurence Church Hall', 'Bromley Road')], fees='£3.50 a week membership', desc='Community pantry: choose about £15 of food each week.')
s('lewisham-assist', 'Catford Digital Drop-in', ['WB-LRN-2'], [at('catford', 'Catford Library', 'Rushey Green')], desc='Help with phones, tablets and online forms.')
s('lewisham-assist', 'Lewisham Stay and Play', ['WB-FAM-1'], [at('lewisham', 'Clock Tower Family Room', 'Lewisham High Street', 0.001, 0.001)], status='inactive', alert='Paused until the spring while the room is refurbished.', maxage=None)
s('sel-grief', 'Lee Bereavement Café', ['WB-LOS-1'], [at('lee', 'Lee Community Café', 'Burnt Ash Road', -0.002, 0.001)], desc='A relaxed monthly café for anyone who has lost someone.', sched=WK('SA', '10:00', '12:00', 'First Saturday of the month'))
s('sel-grief', 'Lewisham Bereavement Support Group', ['WB-LOS-1'], [at('lewisham', 'Quiet Harbour Rooms', 'Courthill Road', 0.001, -0.003)], fees='Donations welcome', desc='Six-week closed group for people grieving a partner or close family member.')
s('sel-grief', 'Catford Grief Walk', ['WB-LOS-1', 'WB-MOV-1'], [at('catford', 'Mountsfield Park café', 'Stainton Road', 0.002, 0.004)], status='inactive', alert='No walks this winter; restarting in April.')
s('sel-grief', 'Peckham Bereavement Circle', ['WB-LOS-1'], [at('peckham', 'Peckham Levels Room 3', 'Rye Lane')], area='Southwark')
s('sel-grief', 'Quiet Harbour Grief Line', ['WB-LOS-1'], 'phone', area='South East London', desc='Phone support from trained bereavement volunteers, weekday evenings.')
s('southwark-links', 'Peckham Money & Housing Advice', ['WB-MON-1', 'WB-HOU-1'], [at('peckham', 'Links Centre', 'Peckham High Street')])
s('southwark-links', 'Walworth Over-50s Club', ['WB-CON-1', 'WB-FOO-2'], [at('walworth', 'Walworth Methodist Hall', 'Walworth Road')], fees='£4 lunch', minage=50)
s('southwark-links', 'Burgess Park Health Walk', ['WB-MOV-1'], [at('walworth', 'Burgess Park lake café', 'Albany Road', -0.003, -0.002)])
s('southwark-links', 'Peckham Community Choir', ['WB-CRE-1'], [at('peckham', 'Bussey Building', 'Rye Lane', -0.002, 0.0)], fees='£30 per term')
s('southwark-links', 'Walworth ESOL Conversation Club', ['WB-LRN-1'], [at('walworth', 'East Street Library', 'Thurlow Street')])
s('lambeth-together', 'Kennington Men\'s Shed', ['WB-CON-1', 'WB-CRE-1'], [at('kennington', 'Railway Arch 14', 'Kennington Lane')], fees='£2 a session')
s('lambeth-together', 'Norwood Carers\' Coffee Morning', ['WB-CAR-1'], [at('norwood', 'Norwood Library café', 'Norwood High Street')])
s('lambeth-together', 'Lambeth Housing Rights Clinic', ['WB-HOU-1'], [at('kennington', 'Clinic Room 2', 'Kennington Road', 0.001, 0.002)], area='Lambeth')
s('lambeth-together', 'West Norwood Walking Football (50+)', [], [at('norwood', 'Norwood Park pitches', 'Elder Road', 0.002, 0.0)], fees='£3 per session', minage=50, needs=['physical_activity'], desc='Walking football for over-50s. Slow pace, no tackling.')
s('croydon-compass', 'Croydon Money Advice', ['WB-MON-1', 'WB-MON-2'], [at('croydon', 'Compass House', 'Wellesley Road')], desc='Free, confidential debt and benefits advice: priority debts, council tax, payday loans.')
s('croydon-compass', 'Croydon Job Club', ['WB-WRK-1'], [at('croydon', 'Central Library', 'Katharine Street', -0.002, 0.0)])
s('croydon-compass', 'Thornton Heath Food Bank', ['WB-FOO-1'], [at('thornton', 'Parchmore Church', 'Parchmore Road')], elig='With a referral voucher from an agency.')
s('croydon-compass', 'Croydon Recovery Café', ['WB-REC-1'], [at('croydon', 'Compass Café', 'George Street', 0.0, 0.002)])
s('croydon-compass', 'Thornton Heath Lunch Club', ['WB-FOO-2', 'WB-CON-1'], [at('thornton', 'St Alban\'s Hall', 'Grangewood Park', 0.002, 0.001)], fees='£3.50 for dinner', minage=60)
s('youth-space', 'Croydon Youth Wellbeing Drop-in (16-25)', ['WB-MIN-1'], [at('croydon', 'YouthSpace Croydon', 'High Street', -0.004, 0.0)], minage=16, maxage=25, desc='Drop in to talk about stress, money worries, anything. No appointment.')
s('youth-space', 'Lewisham Teen Space (11-18)', ['WB-MIN-1', 'WB-CON-1'], [at('lewisham', 'YouthSpace Lewisham', 'Loampit Vale', 0.002, -0.004)], minage=11, maxage=18)
s('youth-space', 'Southwark Young Carers (8-18)', ['WB-CAR-2'], [at('peckham', 'YouthSpace Peckham', 'Choumert Road', -0.001, -0.001)], minage=8, maxage=18, area='Southwark')
s('youth-space', 'YouthSpace Online Chat (11-25)', ['WB-MIN-1'], ('online', 'https://youth-space.example/chat'), minage=11, maxage=25, area='South East London')
s('mindful-private', 'Riverside Counselling Croydon', ['WB-MIN-2'], [at('croydon', 'Riverside Rooms', 'Park Lane', -0.003, 0.002)], fees='£60 per 50-minute session', cost=[('Standard session', 60), ('Concession', 35)])
s('mindful-private', 'Riverside Counselling Canterbury', ['WB-MIN-2'], [at('canterbury', 'Riverside Rooms', 'St Peter\'s Street', 0.001, -0.002)], fees='£55 per session (concessions £30)')
s('clearpath-debt', 'ClearPath Debt Management Plans', [], 'phone', fees='Monthly fee of 17% of your repayment', needs=['money'], area='England', desc='We negotiate with creditors on your behalf for a monthly fee.')
s('london-lines', 'Southside Listening Line', ['WB-MIN-1'], 'phone', desc='Someone to talk to, 6pm to midnight.', area='South East London')
s('london-lines', 'Southside Online Wellbeing Course', ['WB-MIN-1'], ('online', 'https://london-lines.example/course'), fees='£0')
s('london-lines', 'East London Chat Line', ['WB-CON-2'], 'phone', area='North East London', desc='Weekly friendly phone call for people on their own.')
s('towerhamlets-hub', 'Whitechapel Diabetes Support Group', ['WB-HLT-1', 'WB-LNG-1'], [at('whitechapel', 'Shapla Room, Idea Store', 'Whitechapel Road')], langs=[('Bengali', 'bn'), ('English', 'en')], desc='Monthly group for people living with type 2 diabetes; sessions in Bengali and English.')
s('bengali-health', 'Shapla Women\'s Lunch Club (60+)', ['WB-FOO-2', 'WB-CON-1', 'WB-LNG-1'], [at('whitechapel', 'Shapla Centre', 'Hanbury Street', 0.0015, -0.008)], fees='£2 for lunch', minage=60, langs=[('Bengali', 'bn'), ('Sylheti', 'syl')])
s('bengali-health', 'Shapla Chair Exercise', ['WB-MOV-1', 'WB-HLT-1'], [at('poplar', 'Chrisp Street Hall', 'Chrisp Street', 0.003, 0.0)], langs=[('Bengali', 'bn')])
s('towerhamlets-hub', 'Poplar Over-60s Social', ['WB-CON-1'], [at('poplar', 'Poplar Union', 'Cotall Street', 0.004, -0.003)], minage=60, fees='50p')
s('towerhamlets-hub', 'Whitechapel Digital Skills Café', ['WB-LRN-2'], [at('whitechapel', 'Idea Store 2nd floor', 'Whitechapel Road', 0.0, 0.0005)])
s('towerhamlets-hub', 'Tower Hamlets Housing Advice', ['WB-HOU-1'], [at('poplar', 'Poplar Advice Point', 'East India Dock Road')], area='Tower Hamlets')
s('nel-recovery', 'Whitechapel Recovery Group', ['WB-REC-1'], [at('whitechapel', 'Fresh Start Centre', 'Commercial Road', -0.004, 0.002)])
s('nel-recovery', 'Fresh Start Online Meetings', ['WB-REC-1'], ('online', 'https://nel-recovery.example/online'), area='North East London')
s('somali-mothers', 'Hooyo Somali Mothers\' Group', ['WB-FAM-1', 'WB-CON-1', 'WB-LNG-1'], [at('forestgate', 'Hooyo Rooms', 'Woodgrange Road')], langs=[('Somali', 'so'), ('English', 'en')], desc='Weekly group for Somali mums with babies and young children. Crèche on site. Somali spoken.')
s('somali-mothers', 'Hooyo Family Advice Line', ['WB-MON-1', 'WB-FAM-1', 'WB-LNG-1'], 'phone', langs=[('Somali', 'so')], area='North East London', desc='Benefits and school questions answered in Somali by phone.')
s('newham-neighbours', 'Stratford Advice Centre', ['WB-MON-1', 'WB-MON-2', 'WB-HOU-1'], [at('stratford', 'Neighbours House', 'The Grove')], desc='Benefits, debt and housing advice. Interpreters available on request, including Somali.')
s('newham-neighbours', 'Forest Gate Stay and Play', ['WB-FAM-1'], [at('forestgate', 'Forest Gate Library', 'Woodgrange Road', -0.002, 0.003)], status='inactive', alert='Closed while the library is repaired; see East Ham sessions.', maxage=None)
s('newham-neighbours', 'East Ham Family Hub Play Sessions', ['WB-FAM-1'], [at('eastham', 'East Ham Family Hub', 'Barking Road')])
s('newham-neighbours', 'Newham Women\'s ESOL', ['WB-LRN-1'], [at('forestgate', 'Forest Gate Methodist', 'Woodford Road', 0.002, -0.002)], area='Newham', desc='Beginner English classes for women. Free crèche.')
s('newham-neighbours', 'Newham Paid Parenting Course', ['WB-FAM-1'], [at('stratford', 'Stratford Circus room', 'Theatre Square', 0.0, 0.002)], fees='£65 for 8 weeks')
s('newham-neighbours', 'Stratford Food Pantry', ['WB-FOO-1'], [at('stratford', 'Neighbours Pantry', 'Water Lane', 0.001, 0.004)], fees='£4 a visit')
s('bd-together', 'Barking Housing & Benefits Advice', ['WB-HOU-1', 'WB-MON-1'], [at('barking', 'Barking Learning Centre', 'Axe Street')], area='Barking and Dagenham')
s('bd-together', 'Dagenham Men\'s Breakfast Club', ['WB-CON-1', 'WB-FOO-2'], [at('dagenham', 'Heathway Hall', 'Heathway')], fees='£2.50 breakfast')
s('bd-together', 'Dagenham Job Club', ['WB-WRK-1'], [at('dagenham', 'Dagenham Library', 'Church Elm Lane', 0.001, 0.0)])
s('bd-together', 'Barking Park Walk', ['WB-MOV-1'], [at('barking', 'Barking Park café', 'Longbridge Road', 0.004, 0.0)], status='inactive', alert='Suspended: walk leader needed.')
s('newham-neighbours', 'Newham Housing Support (Newham residents)', ['WB-HOU-1'], [at('eastham', 'Housing Hub', 'High Street South', -0.003, 0.0)], area='Newham')
# extra London density (within 2 km of each other)
for pl, street in [('lewisham', 'Molesworth Street'), ('peckham', 'Bellenden Road'), ('kennington', 'Braganza Street'), ('whitechapel', 'Brick Lane'), ('stratford', 'Broadway')]:
    s('london-lines', '%s Community Art Studio' % town(pl), ['WB-CRE-1'], [at(pl, 'Studio space', street, 0.001, 0.001)], fees=['Free', 'Pay what you can', '£5 per class', 'Free', '£2 materials'][len(S) % 5])
    s('london-lines', '%s Volunteering Hub' % town(pl), ['WB-WRK-2'], [at(pl, 'Volunteer Centre', street, -0.001, 0.001)])
    s('london-lines', '%s Peer Support Group' % town(pl), ['WB-MIN-1'], [at(pl, 'Community room', street, 0.0, -0.001)], fees=NOFEE)

# ---------- Kent and East Sussex ----------
s('thanet-coast', 'Margate Money & Debt Advice', ['WB-MON-1', 'WB-MON-2'], [at('margate', 'Thanet Coast Centre', 'Northdown Road')])
s('thanet-coast', 'Margate Seafront Walk', ['WB-MOV-1'], [at('margate', 'Meet at the Turner Contemporary steps', 'Rendezvous', 0.0015, -0.0005)])
s('thanet-coast', 'Ramsgate Harbour Social Club', ['WB-CON-1'], [at('ramsgate', 'Harbour Parade Rooms', 'Harbour Parade')], fees='£1 on the door')
s('thanet-coast', 'Thanet Housing Advice', ['WB-HOU-1'], [at('ramsgate', 'Ramsgate Library', 'Guildford Lawn', 0.001, -0.002)], area='Thanet')
s('thanet-coast', 'Margate Digital Drop-in', ['WB-LRN-2'], [at('margate', 'Margate Library', 'Cecil Square', -0.0005, -0.0015)], status='inactive', alert='Cancelled until further notice: no volunteers.')
s('coastal-recovery', 'Turning Tide Recovery Café Margate', ['WB-REC-1'], [at('margate', 'Turning Tide Café', 'High Street', -0.0008, 0.0)], desc='Recovery café for people cutting down or stopping drinking or drugs. No judgement.')
s('coastal-recovery', 'Turning Tide Residential Detox', ['WB-REC-1'], [at('ramsgate', 'Turning Tide House', 'Ellington Road', 0.0, -0.005)], fees='From £4,500 for 28 days')
s('coastal-recovery', 'Kent Recovery Phone Support', ['WB-REC-1'], 'phone', area='Kent')
s('work-coast', 'Margate Job Club', ['WB-WRK-1'], [at('margate', 'Coast to Work Office', 'Hawley Square', -0.001, 0.001)])
s('work-coast', 'Ramsgate Job Club', ['WB-WRK-1'], [at('ramsgate', 'Coast to Work Ramsgate', 'High Street', 0.0, -0.001)])
s('work-coast', 'Dover Job Club', ['WB-WRK-1'], [at('dover', 'Discovery Centre', 'Market Square')])
s('canterbury-cares', 'Canterbury Art for Wellbeing', ['WB-CRE-1', 'WB-MIN-1'], [at('canterbury', 'Cathedral Quarter Studio', 'Burgate')], desc='Drop-in painting and drawing for anyone feeling low or anxious.')
s('canterbury-cares', 'Canterbury Student Peer Support', ['WB-MIN-1'], [at('canterbury', 'Westgate Hall', 'Westgate Hall Road', 0.0005, -0.003)], minage=18, maxage=30)
s('canterbury-cares', 'Canterbury Over-50s Choir', ['WB-CRE-1', 'WB-CON-1'], [at('canterbury', 'St Mildred\'s Hall', 'Church Lane', -0.002, -0.003)], minage=50, fees='£2.50 per week')
s('canterbury-cares', 'Canterbury Bereavement Drop-in', ['WB-LOS-1'], [at('canterbury', 'Friends Meeting House', 'Church Road', 0.001, 0.004)])
s('shepway-hands', 'Folkestone Advice Centre', ['WB-MON-1', 'WB-HOU-1'], [at('folkestone', 'Helping Hands House', 'Tontine Street')])
s('shepway-hands', 'Folkestone Coastal Park Walk', ['WB-MOV-1'], [at('folkestone', 'Coastal Park entrance', 'Lower Sandgate Road', -0.003, -0.003)])
s('shepway-hands', 'Folkestone Carers\' Café', ['WB-CAR-1'], [at('folkestone', 'Tontine Café', 'Tontine Street', 0.0005, 0.001)])
s('dover-harbour', 'Dover Lunch Club', ['WB-FOO-2', 'WB-CON-1'], [at('dover', 'St Mary\'s Parish Centre', 'Cannon Street', 0.0, 0.001)], fees='£4 soup and sandwich')
s('dover-harbour', 'Dover Walking Netball', [], [at('dover', 'Dover Leisure Centre', 'Townwall Street', -0.003, 0.0)], fees='£3', needs=['physical_activity'])
s('ashford-weald', 'Ashford Money Advice', ['WB-MON-1'], [at('ashford', 'International House', 'Dover Place')])
s('ashford-weald', 'Ashford Carers Group', ['WB-CAR-1'], [at('ashford', 'Weald Room', 'Elwick Road', 0.0, 0.002)])
s('ashford-weald', 'Tenterden Friendship Club', ['WB-CON-1'], [at('tenterden', 'Tenterden Town Hall', 'High Street')], fees='£2 for tea')
s('ashford-weald', 'Tenterden Health Walk', ['WB-MOV-1'], [at('tenterden', 'Meet at St Mildred\'s church', 'Church Road', 0.001, 0.0)])
s('marsh-link', 'Marsh Link Community Transport', ['WB-TRV-1'], 'phone', area='Romney Marsh', fees='Fares from £2', desc='Door-to-door minibus for shopping, GP and hospital trips across the Marsh villages. Book by phone two days ahead.')
s('marsh-link', 'Brookland Village Lunch', ['WB-FOO-2', 'WB-CON-1'], [at('brookland', 'Brookland Village Hall', 'High Street')], fees='£5 two-course lunch', desc='Monthly hot lunch in the village hall. Lifts available.')
s('marsh-link', 'New Romney Men\'s Shed', ['WB-CON-1'], [at('newromney', 'Marsh Shed', 'Station Road')], fees='Donations welcome')
s('marsh-link', 'Dymchurch Coffee Morning', [], [at('dymchurch', 'Dymchurch Methodist Church', 'High Street')], needs=['loneliness'], fees=NOFEE)
s('marsh-link', 'Lydd Digital Help', ['WB-LRN-2'], [at('lydd', 'Lydd Library', 'High Street')], status='inactive', alert='Moved to phone support while the library is closed.')
s('marsh-link', 'Romney Marsh Home Visiting Scheme', ['WB-CON-2'], 'home', area='Romney Marsh', desc='A volunteer visits you at home for a cuppa and a chat every week.')
s('friendly-voice', 'Friendly Voice Kent Phone Befriending', ['WB-CON-2'], 'phone', area='Kent', desc='A weekly phone call from the same friendly volunteer.')
s('friendly-voice', 'Friendly Voice East Sussex Phone Befriending', ['WB-CON-2'], 'phone', area='East Sussex')
s('friendly-voice', 'Friendly Voice Online Coffee Club', ['WB-CON-1'], ('online', 'https://friendly-voice.example/coffee'))
s('kent-carers', 'Kent Carers Line', ['WB-CAR-1'], 'phone', area='Kent and Medway')
s('kent-carers', 'Kent Young Carers (8-17)', ['WB-CAR-2'], [at('ashford', 'Young Carers Base', 'Bank Street', 0.0015, -0.001)], minage=8, maxage=17, area='Kent')
s('esx-carers', 'East Sussex Carers Line', ['WB-CAR-1', 'WB-MIN-1'], 'phone', area='East Sussex', desc='Talk to a carers support worker about anything: your own wellbeing, breaks, benefits.')
s('esx-carers', 'Carers\' Online Café', ['WB-CAR-1', 'WB-CON-1'], ('online', 'https://esx-carers.example/cafe'), area='Sussex', desc='Video meet-up for unpaid carers, Tuesday and Thursday evenings.')
s('esx-carers', 'East Sussex Carers Sitting Service', ['WB-CAR-1'], 'home', area='East Sussex', fees='Free (up to 4 hours a week)', desc='A trained sitter stays with the person you care for at home so you get a break.')
s('esx-carers', 'Hastings Carers\' Café', ['WB-CAR-1'], [at('hastings', 'Stade Hall', 'Rock-a-Nore Road', 0.0, 0.008)])
s('esx-carers', 'Carers Counselling by Phone', ['WB-MIN-2', 'WB-CAR-1'], 'phone', area='East Sussex', fees='£10 per session (free if on benefits)')
s('hastings-harbour', 'Hastings Money Advice', ['WB-MON-1', 'WB-MON-2'], [at('hastings', 'Stade Advice Room', 'Queens Road', 0.002, 0.0)])
s('hastings-harbour', 'St Leonards Wellbeing Group', ['WB-MIN-1'], [at('stleonards', 'Kings Road Hall', 'Kings Road')])
s('hastings-harbour', 'Hastings Seafront Walk', ['WB-MOV-1'], [at('hastings', 'Meet at the pier', 'White Rock', -0.001, -0.011)])
s('hastings-harbour', 'Hastings Recovery Café', ['WB-REC-1'], [at('hastings', 'Stade Café', 'Robertson Street', 0.0, -0.004)], status='inactive', alert='Closed for repairs after storm damage.')
s('eastbourne-bay', 'Eastbourne Friendship Lunch', ['WB-FOO-2', 'WB-CON-1'], [at('eastbourne', 'All Souls Hall', 'Susans Road', 0.0, 0.004)], fees='£3.50 for lunch', minage=65)
s('eastbourne-bay', 'Eastbourne Digital Drop-in', ['WB-LRN-2'], [at('eastbourne', 'Eastbourne Library', 'Grove Road', -0.0015, -0.001)])
s('eastbourne-bay', 'Eastbourne Hard of Hearing Club', ['WB-HLT-1', 'WB-CON-1'], [at('eastbourne', 'Hearing loop room, Town Hall', 'Grove Road', -0.0025, -0.0015)], desc='Monthly social for people with hearing loss. Hearing loop, lip-speakers, tea.')
s('eastbourne-bay', 'Eastbourne Seafront Chair Yoga', ['WB-MOV-1'], [at('eastbourne', 'Wish Tower café', 'King Edward\'s Parade', -0.0075, -0.003)], fees='£4 per class')
s('kent-digital', 'Get Online at Home (East Sussex)', ['WB-LRN-2'], 'home', area='East Sussex', desc='A volunteer comes to your home to help you with a tablet or phone.')
s('kent-digital', 'Get Online at Home (Kent)', ['WB-LRN-2'], 'home', area='Kent')
s('kent-digital', 'Get Online Phone Helpline', ['WB-LRN-2'], 'phone')
s('sussex-ride', 'Sussex Community Wheels', ['WB-TRV-1'], 'phone', area='East Sussex', fees='£3 each way')
s('rye-rother', 'Rye Community Lunch', ['WB-FOO-2', 'WB-CON-1'], [at('rye', 'Rye Community Centre', 'Conduit Hill')], fees='Pay what you can')
s('rye-rother', 'Rye Walking Group', ['WB-MOV-1'], [at('rye', 'Strand Quay', 'The Strand', 0.0, -0.003)])
s('money-wise', 'MoneyWise Coast Debt Line', ['WB-MON-2'], 'phone', area='Kent and Medway')
s('money-wise', 'MoneyWise Sussex Debt Line', ['WB-MON-2'], 'phone', area='Sussex')
s('money-wise', 'MoneyWise London Debt Webchat', ['WB-MON-2'], ('online', 'https://money-wise.example/chat'), area='South East London', minage=18)
s('marsh-link', 'Marsh Bereavement Visiting', ['WB-LOS-1'], 'home', area='Romney Marsh')
s('ashford-weald', 'Tenterden Lunch Club', ['WB-FOO-2'], [at('tenterden', 'Zion Chapel Hall', 'Ashford Road', 0.003, 0.002)], fees='£4.50', minage=60)
s('thanet-coast', 'Ramsgate Art Club', ['WB-CRE-1'], [at('ramsgate', 'Harbour Arches Studio', 'Military Road', -0.002, 0.001)], fees='£20 per term')
s('dover-harbour', 'Dover Mental Health Peer Group', ['WB-MIN-1'], [at('dover', 'White Cliffs Room', 'Castle Street', 0.0015, 0.0015)])
s('dover-harbour', 'Dover Housing Advice', [], [at('dover', 'Dover Advice Hub', 'Biggin Street', 0.002, -0.002)], needs=['housing'], area='Kent')

NI_NEEDS = {'loneliness': 'loneliness', 'mental_health': 'mental_wellbeing', 'money': 'money', 'food': 'money', 'housing': 'housing', 'employment': 'work_volunteering', 'learning': 'work_volunteering', 'long_term_conditions': 'physical_health', 'bereavement': 'bereavement', 'carers': 'caring', 'physical_activity': 'activity', 'alcohol_drugs': 'mental_wellbeing', 'arts': 'mental_wellbeing', 'parenting': None, 'digital': None, 'transport': None}
NI_BARRIERS = {'cost': 'cost', 'transport': 'transport', 'rural': 'transport', 'mobility': 'mobility', 'pain': 'mobility', 'hearing': 'hearing_sight', 'caring': 'caring_duties', 'childcare': 'caring_duties', 'confidence': 'anxiety_new_places', 'anxiety': 'anxiety_new_places', 'stigma': 'anxiety_new_places', 'digital': 'digital', 'language': 'language', 'work hours': None}
PAID = re.compile(r'£\s?0*[1-9]|£\s?0\.\d*[1-9]|\b\d+p\b|%')
def looks_paid(fee): return fee is not None and bool(PAID.search(fee)) and not re.match(r'(?i)free\b', fee)
UNIT = 'ABDEFGHJLNPQRSTUWXYZ'
def pc(sector, key): h = hashlib.md5(key.encode()).digest(); return '%s%s%s' % (sector, UNIT[h[0] % 20], UNIT[h[1] % 20])

def attr(sid, code):
    name = T[code][0]
    return {'id': uid('attr', sid, code), 'link_id': sid, 'link_type': 'category', 'taxonomy_term_id': uid('term', code),
            'taxonomy_term': {'id': uid('term', code), 'name': name, 'description': name.split(' › ')[-1],
                              'parent_id': uid('term', code.rsplit('-', 1)[0]), 'taxonomy': 'sel-borough-wellbeing',
                              'taxonomy_id': uid('taxonomy', 'sel-borough-wellbeing'), 'term': code,
                              'term_uri': 'https://borough-wellbeing.example/terms/%s' % code}}

def build():
    recs, labels, n = [], {}, [0]
    for i, x in enumerate(S):
        sid = uid('service', x['name']); oname, odesc, dom = ORGS[x['org']]
        slug = re.sub(r'[^a-z0-9]+', '-', x['name'].lower()).strip('-')
        r = {'id': sid, 'organization_id': uid('org', x['org']), 'name': x['name'], 'description': x['desc'],
             'url': 'https://%s/%s' % (dom, slug), 'email': 'hello@%s' % dom, 'status': x['status']}
        if x['fees'] is not NOFEE: r['fees'] = x['fees']
        if x['alert']: r['alert'] = x['alert']
        if x['minage'] is not None: r['minimum_age'] = x['minage']
        if x['maxage'] is not None: r['maximum_age'] = x['maxage']
        r['assured_date'] = '2026-%02d-%02d' % (1 + i % 11, 1 + (i * 3) % 28)
        r['last_modified'] = r['assured_date'] + 'T10:%02d:00.000Z' % (i % 60)
        if x['elig']: r['eligibility_description'] = x['elig']
        elif x['area']: r['eligibility_description'] = 'For people living in %s.' % x['area']
        r['organization'] = {'id': uid('org', x['org']), 'name': oname, 'description': odesc, 'email': 'info@%s' % dom, 'website': 'https://%s' % dom}
        w = x['where']
        mode = 'in_person' if isinstance(w, list) else {'phone': 'phone', 'home': 'home_visit'}.get(w if isinstance(w, str) else '', 'online')
        sals = []
        if mode == 'in_person':
            for j, st in enumerate(w):
                lat0, lon0, sector, unit, icb, county, city = P[st['place']]
                lat, lon = round(lat0 + st['dlat'], 5), round(lon0 + st['dlon'], 5)
                lid = uid('location', x['name'], j)
                addr = {'id': uid('address', x['name'], j), 'location_id': lid, 'address_1': st['street'], 'city': city}
                if i % 3: addr['region'] = 'London' if county not in ('Kent', 'East Sussex') else county
                addr.update(postal_code=pc(sector, x['name']), country='GB', address_type='physical')
                loc = {'id': lid, 'location_type': 'physical', 'name': st['venue'], 'latitude': lat, 'longitude': lon}
                if i % 4 == 0: loc['accessibility'] = [{'id': uid('acc', x['name']), 'location_id': lid, 'description': ['Step-free access', 'Hearing loop', 'Accessible toilet', 'Lift to first floor'][(i // 4) % 4]}]
                loc['addresses'] = [addr]
                sals.append({'id': uid('sal', x['name'], j), 'service_id': sid, 'location_id': lid, 'location': loc})
                if j == 0: first = (lat, lon, county if county in ('Kent', 'East Sussex') else unit, town(st['place']))
        elif mode == 'online':
            lid = uid('location', x['name'], 0)
            sals.append({'id': uid('sal', x['name'], 0), 'service_id': sid, 'location_id': lid,
                         'location': {'id': lid, 'location_type': 'virtual', 'name': 'Online', 'url': w[1]}})
        r['service_at_locations'] = sals
        r['contacts'] = [{'id': uid('contact', x['name']), 'service_id': sid, 'name': 'Enquiries', 'title': 'Coordinator'}]
        n[0] += 1
        if mode == 'in_person' and first[2] in ('Kent', 'East Sussex'): num = '01632 960%03d' % n[0]
        elif mode == 'in_person': num = '020 7946 0%03d' % n[0]
        elif i % 5 == 2: num = '07700 900%03d' % n[0]
        else: num = '0808 157 0%03d' % n[0]
        r['phones'] = [{'id': uid('phone', x['name']), 'service_id': sid, 'number': num, 'description': 'Bookings' if mode == 'phone' else 'Enquiries'}]
        att = {'in_person': 'In person', 'phone': 'By telephone', 'online': 'Online (video)', 'home_visit': 'Home visit'}[mode]
        sc = x['sched']
        r['schedules'] = [{'id': uid('schedule', x['name']), 'service_id': sid, 'freq': 'WEEKLY', 'interval': 1, 'byday': sc['byday'],
                           'opens_at': sc['opens'], 'closes_at': sc['closes'], 'description': sc['text'], 'attending_type': att}] if sc else \
                         [{'id': uid('schedule', x['name']), 'service_id': sid, 'description': 'Ring for times', 'attending_type': att}] if i % 2 else []
        r['service_areas'] = [{'id': uid('area', x['name']), 'service_id': sid, 'name': x['area'], 'description': 'Only for people living in %s' % x['area'],
                               'extent': None, 'extent_type': None, 'uri': None}] if x['area'] else []
        if x['langs']: r['languages'] = [{'id': uid('lang', x['name'], c), 'service_id': sid, 'name': nm, 'code': c} for nm, c in x['langs']]
        # every 6th taxonomied record drops its taxonomy (free text only) — its needs go to the label by hand
        terms = x['terms']
        if terms and i % 6 == 5 and not x['needs']:
            x['needs'] = [T[c][1] for c in terms if T[c][1]]; terms = []
        r['attributes'] = [attr(sid, c) for c in terms]
        if x['cost']: r['cost_options'] = [{'id': uid('cost', x['name'], k), 'service_id': sid, 'option': o, 'amount': a, 'currency': 'GBP', 'amount_description': x['fees']} for k, (o, a) in enumerate(x['cost'])]
        recs.append(r)
        needs = []
        for c in terms + []:
            if T[c][1] and T[c][1] not in needs: needs.append(T[c][1])
        for nd in x['needs']:
            if nd not in needs: needs.append(nd)
        assert needs, x['name']
        lab = {'name': x['name'], 'needs': needs, 'free': not looks_paid(r.get('fees')), 'active': x['status'] == 'active', 'mode': mode,
               'lat': None, 'lon': None, 'town': None, 'county': None, 'minAge': x['minage'], 'maxAge': x['maxage'], 'area': x['area']}
        if mode == 'in_person': lab.update(lat=first[0], lon=first[1], town=first[3], county=first[2])
        labels[sid] = lab
    return recs, labels

if __name__ == '__main__':
    import sys; sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
    recs, labels = build()
    used = sorted({a['taxonomy_term']['term'] for r in recs for a in r['attributes']})
    notax = sum(not r['attributes'] for r in recs)
    voc = {'_why': "Written with the London / Kent / East Sussex set (heldout-6). 'sel-borough-wellbeing' is an invented London-borough-style wellbeing taxonomy (codes WB-XXX-n, parents WB-XXX never used as attributes). 'terms' maps every code used to the same 16 needs words as the NI set; WB-LNG-1 (community-language service) says how a service is delivered, so maps to null. %d records have no taxonomy and must be matched on free text. No second taxonomy in this set. 'needs' and 'barriers' copied unchanged from the NI vocabulary.json." % notax,
           'taxonomy': 'sel-borough-wellbeing', 'secondTaxonomy': None,
           'terms': {c: T[c][1] for c in used}, 'termNames': {c: T[c][0] for c in used}, 'parents': PARENTS}
    voc['needs'], voc['barriers'] = NI_NEEDS, NI_BARRIERS   # copied unchanged from heldout-4/vocabulary.json
    json.dump(recs, open(os.path.join(OUT, 'directory-se.json'), 'w', encoding='utf-8'), ensure_ascii=False, indent=1)
    json.dump(labels, open(os.path.join(OUT, 'labels-se.json'), 'w', encoding='utf-8'), ensure_ascii=False, indent=1)
    json.dump(voc, open(os.path.join(OUT, 'vocabulary.json'), 'w', encoding='utf-8'), ensure_ascii=False, indent=1)
    print('%d services, %d organisations, %d no taxonomy' % (len(recs), len({r['organization_id'] for r in recs}), notax))
