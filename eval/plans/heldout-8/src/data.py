"""Wessex held-out set 8: places, services (one line each) and people. Invented organisations; real postcode districts,
invented inward codes. Service line: name | org | needs | where | fees ('-' = no fees field) | min | max | area | alert | quirk | desc
where = place key, or phone / online / home. quirk: '' normal, 'nocoord' (postcode, no lat/lon), 'bad:<kind>' unusable."""
NOFEE = object()
# key: (lat, lon, district-unit, town, county(ceremonial), postcode district, address, venue)
P = {
 'soton': (50.904, -1.404, 'Southampton', 'Southampton', 'Hampshire', 'SO14', 'Above Bar Street', 'Civic Quarter Hub'),
 'shirley': (50.924, -1.428, 'Southampton', 'Southampton', 'Hampshire', 'SO15', 'Shirley High Street', 'Shirley Community Rooms'),
 'woolston': (50.893, -1.372, 'Southampton', 'Southampton', 'Hampshire', 'SO19', 'Portsmouth Road', 'Woolston Riverside Centre'),
 'pompey': (50.798, -1.091, 'Portsmouth', 'Portsmouth', 'Hampshire', 'PO1', 'Commercial Road', 'Guildhall Walk Rooms'),
 'fratton': (50.794, -1.070, 'Portsmouth', 'Portsmouth', 'Hampshire', 'PO4', 'Fratton Road', 'Fratton Community Centre'),
 'southsea': (50.786, -1.083, 'Portsmouth', 'Portsmouth', 'Hampshire', 'PO5', 'Albert Road', 'Southsea Methodist Hall'),
 'cosham': (50.845, -1.066, 'Portsmouth', 'Portsmouth', 'Hampshire', 'PO6', 'High Street', 'Cosham Library'),
 'winch': (51.063, -1.316, 'Winchester', 'Winchester', 'Hampshire', 'SO23', 'Jewry Street', 'Discovery Rooms'),
 'andover': (51.208, -1.480, 'Test Valley', 'Andover', 'Hampshire', 'SP10', 'Bridge Street', 'Andover Chantry Hall'),
 'ringwood': (50.846, -1.789, 'New Forest', 'Ringwood', 'Hampshire', 'BH24', 'Christchurch Road', 'Ringwood Gateway'),
 'lymington': (50.758, -1.544, 'New Forest', 'Lymington', 'Hampshire', 'SO41', 'New Street', 'Lymington Community Centre'),
 'burley': (50.827, -1.701, 'New Forest', 'Burley', 'Hampshire', 'BH24', 'Pound Lane', 'Burley Village Hall'),
 'beaulieu': (50.815, -1.452, 'New Forest', 'Beaulieu', 'Hampshire', 'SO42', 'High Street', 'Beaulieu Village Hall'),
 'lyndhurst': (50.872, -1.576, 'New Forest', 'Lyndhurst', 'Hampshire', 'SO43', 'Romsey Road', 'Lyndhurst Community Centre'),
 'bmth': (50.720, -1.879, 'BCP', 'Bournemouth', 'Dorset', 'BH1', 'Old Christchurch Road', 'Lansdowne Rooms'),
 'boscombe': (50.7245, -1.841, 'BCP', 'Bournemouth', 'Dorset', 'BH5', 'Christchurch Road', 'Boscombe Hub'),
 'poole': (50.715, -1.987, 'BCP', 'Poole', 'Dorset', 'BH15', 'High Street', 'Poole Lighthouse Studio'),
 'xchurch': (50.735, -1.778, 'BCP', 'Christchurch', 'Dorset', 'BH23', 'Bargates', 'Christchurch Library'),
 'blandford': (50.856, -2.164, 'North Dorset', 'Blandford Forum', 'Dorset', 'DT11', 'Salisbury Street', 'Corn Exchange Rooms'),
 'shaftes': (51.005, -2.197, 'North Dorset', 'Shaftesbury', 'Dorset', 'SP7', 'Bell Street', 'Shaftesbury Town Hall'),
 'bridport': (50.733, -2.758, 'West Dorset', 'Bridport', 'Dorset', 'DT6', 'South Street', 'Bridport Arts Rooms'),
 'dorch': (50.715, -2.437, 'West Dorset', 'Dorchester', 'Dorset', 'DT1', 'Trinity Street', 'Dorchester Corn Exchange'),
 'wareham': (50.686, -2.110, 'Purbeck', 'Wareham', 'Dorset', 'BH20', 'North Street', 'Wareham Town Hall'),
 'corfe': (50.639, -2.057, 'Purbeck', 'Corfe Castle', 'Dorset', 'BH20', 'East Street', 'Corfe Castle Village Hall'),
 'swanage': (50.609, -1.960, 'Purbeck', 'Swanage', 'Dorset', 'BH19', 'Kings Road West', 'Swanage Hub'),
 'salis': (51.069, -1.795, 'Wiltshire', 'Salisbury', 'Wiltshire', 'SP1', 'Chipper Lane', 'Salisbury Guildhall Rooms'),
 'salis2': (51.075, -1.811, 'Wiltshire', 'Salisbury', 'Wiltshire', 'SP2', 'Devizes Road', 'Fisherton Rooms'),
 'amesbury': (51.173, -1.780, 'Wiltshire', 'Amesbury', 'Wiltshire', 'SP4', 'Salisbury Street', 'Amesbury Library'),
 'devizes': (51.351, -1.994, 'Wiltshire', 'Devizes', 'Wiltshire', 'SN10', 'Sheep Street', 'Devizes Town Hall'),
 'tilshead': (51.236, -1.951, 'Wiltshire', 'Tilshead', 'Wiltshire', 'SP3', 'High Street', 'Tilshead Village Hall'),
 'shrewton': (51.197, -1.906, 'Wiltshire', 'Shrewton', 'Wiltshire', 'SP3', 'London Road', 'Shrewton Recreation Hall'),
 'tollard': (50.952, -2.086, 'Wiltshire', 'Tollard Royal', 'Wiltshire', 'SP5', 'The Street', 'Tollard Royal Reading Room'),
 'swindon': (51.558, -1.781, 'Swindon', 'Swindon', 'Wiltshire', 'SN1', 'Regent Circus', 'Swindon Central Hub'),
 'swin2': (51.574, -1.787, 'Swindon', 'Swindon', 'Wiltshire', 'SN2', 'Cricklade Road', 'Gorse Hill Centre'),
 'newport': (50.701, -1.292, 'Isle of Wight', 'Newport', 'Isle of Wight', 'PO30', 'High Street', 'Newport Quay Rooms'),
 'ryde': (50.729, -1.161, 'Isle of Wight', 'Ryde', 'Isle of Wight', 'PO33', 'Union Street', 'Ryde Methodist Rooms'),
 'ventnor': (50.594, -1.207, 'Isle of Wight', 'Ventnor', 'Isle of Wight', 'PO38', 'High Street', 'Ventnor Winter Gardens Room'),
 'sandown': (50.652, -1.153, 'Isle of Wight', 'Sandown', 'Isle of Wight', 'PO36', 'Broadway', 'Sandown Family Centre'),
 'freshwater': (50.683, -1.527, 'Isle of Wight', 'Freshwater', 'Isle of Wight', 'PO40', 'School Green Road', 'Freshwater Memorial Hall'),
 'cowes': (50.762, -1.298, 'Isle of Wight', 'Cowes', 'Isle of Wight', 'PO31', 'Park Road', 'Cowes Youth and Community Centre'),
}
T = r"""
Ryde Bereavement Friendship Group | Wight Neighbours | bereavement,loneliness | ryde | Free | | | | | nocoord | Fortnightly tea and talk for anyone who has lost someone close. Volunteers trained by a grief charity.
Isle of Wight Bereavement Line | Island Grief Support | bereavement | phone | Free to call | | | Isle of Wight | | | A listening line for bereaved island residents, weekdays 10-4.
Newport Widowed Lunch Club | Wight Neighbours | bereavement,loneliness,food | newport | £4.50 for soup and a roll | 50 | | | | | Monthly lunch for widowed people over 50.
Sandown Bereavement Cafe | Island Grief Support | bereavement | sandown | Free | | | | Cafe closed while the hall roof is repaired; no sessions until spring. | | Drop-in cafe for bereaved people.
Portsmouth Bereavement Support Group | Solent Grief Network | bereavement,loneliness | southsea | Free | | | | | | Weekly group for bereaved adults in Southsea.
Portsmouth Bereavement Phone Line | Solent Grief Network | bereavement | phone | No charge | | | Portsmouth | | | Phone support for bereaved Portsmouth residents.
Hampshire Widowed Phone Circle | Hampshire Widowed Friends | bereavement,loneliness | phone | - | | | Hampshire | | | A weekly group telephone call for widowed people. Hampshire residents, including Southampton and Portsmouth.
Hampshire and IOW Grief Phone Support | HIOW Wellbeing Partnership | bereavement,mental_health | phone | Free | 18 | | NHS Hampshire and Isle of Wight ICB | | | Six phone sessions with a trained bereavement volunteer.
Solent Counselling Partnership | Solent Counselling Partnership | bereavement,mental_health | pompey | £40 per session (concessions £20) | 18 | | | | | Private bereavement and general counselling.
Ventnor Bereavement Walk | Island Grief Support | bereavement,physical_activity | ventnor | Free | | | | | | Gentle monthly walk along the Undercliff for bereaved people.
Swindon Young Carers Hub | Carers Plus Swindon | carers,loneliness | swin2 | Free | 8 | 18 | Swindon | | | Breaks, trips and someone to talk to for young carers aged 8 to 18.
Swindon Young Carers Homework Club | Carers Plus Swindon | carers,learning | swindon | Free | 11 | 19 | | | nocoord | Quiet study space and tutors for young carers, Tuesdays after school.
Swindon Youth Wellbeing Drop-in | Swindon Youth Link | mental_health | swindon | Free | 11 | 25 | | | | Walk-in emotional support for young people.
Swindon Carers Centre Adult Carers Group | Carers Plus Swindon | carers | swindon | Free | 18 | | Swindon | | | Monthly peer group for adult carers.
Swindon Talking Therapies Self-Referral | BSW Talking Therapies | mental_health | swindon | Free (NHS) | 18 | | Swindon | | | NHS talking therapies; refer yourself online or at the centre.
Devizes Young Carers Group | Wiltshire Young Carers Network | carers | devizes | Free | 8 | 18 | | | | Fortnightly group for young carers.
Wiltshire Council Young Carers Service | Wiltshire Young Carers Network | carers,mental_health | phone | Free | 8 | 18 | Wiltshire Council area | | | Assessment and phone support for young carers (Wiltshire Council area; Swindon has its own service).
Swindon Adult Learning Taster Courses | Swindon Learning Partnership | learning | swindon | £15 per course; free if on benefits | 19 | | | | | Short courses in maths, English and computing.
New Forest Home Visiting Befrienders | Forest Friends | loneliness | home | Free | | | New Forest | | | A volunteer visits at home every week.
Hampshire Telephone Friendship | Forest Friends | loneliness | phone | Free | 60 | | Hampshire | | | Weekly friendly call for older people.
Wessex Heart Support Phoneline | Wessex Heart Support | long_term_conditions | phone | Free | | | Wessex | | | Nurse-led phone support for people living with heart failure or after a heart attack.
New Forest Attendance Allowance Home Visits | New Forest Advice Centre | money | home | Free | | | New Forest | | | An adviser visits to help fill in Attendance Allowance and other benefit forms.
Burley Village Coffee Morning | Burley Parish Friends | loneliness,food | burley | Donations welcome | | | | | | Saturday coffee and cake in the village hall.
BCP Home Visiting Befriending | Coastal Companions | loneliness | home | Free | | | BCP | | | Weekly home visits by a volunteer.
Dorset Telephone Befriending | Coastal Companions | loneliness | phone | Free | | | Dorset | | | A regular friendly phone call.
Online Heart Health Course | Wessex Heart Support | long_term_conditions | online | Free | 18 | | | | | Six-week video course on living well with a heart condition.
Ringwood Befriending at Home | Forest Friends | loneliness | home | Free | | | New Forest | Scheme paused: no volunteers available at present. | | Home befriending in and around Ringwood.
Portsmouth Debt Advice Drop-in | Portsmouth Money Matters | money | pompey | Free | | | | | | Free, confidential debt and benefits advice, Tuesdays and Thursdays.
Fratton Job Club | Portsmouth Money Matters | employment | fratton | Free | 16 | | | | | CVs, job search and interview practice.
Portsmouth Housing Advice Line | Portsmouth Tenancy Help | housing | phone | £0 | | | Portsmouth | | | Housing options and tenancy advice by phone.
Portsmouth Budgeting Course | Portsmouth Money Matters | money | pompey | £10 for the 4 weeks | | | | | | Four-week course on budgeting and bills.
Southsea CV Workshop | Southsea Works | employment | southsea | £5 per session | | | | | | Evening CV and cover-letter help.
Cosham Work Club | Portsmouth Money Matters | employment | cosham | Free | | | | | | Job search support at Cosham Library.
Southampton Housing Advice Line | Southampton Tenancy Help | housing | phone | Free | | | Southampton | | | Housing advice line for Southampton City residents.
Boscombe ESOL Conversation Class | Boscombe Language Exchange | learning | boscombe | £2 a session | | | | | | Practise English conversation; Polish and Romanian speaking volunteers.
BCP ESOL Courses | BCP Adult Learning Service | learning,employment | bmth | Free to learners on benefits; otherwise £60 per term | 19 | | Bournemouth, Christchurch and Poole | | | Accredited English courses from beginner level.
Bournemouth Polish Wellbeing Group | Bournemouth Polish Community Association | mental_health,loneliness | bmth | Free | 18 | | | | nocoord | Fortnightly wellbeing group in Polish.
Boscombe Employment Hub | Boscombe Works | employment | boscombe | Free | 18 | | BCP | | | One-to-one employment coaching; interpreters on request.
Poole ESOL Class | Poole Learning Cooperative | learning | poole | Free | | | | | | Weekly ESOL class.
Swanage Employment Hub | Purbeck Works | employment | swanage | Free | | | | | | Job clubs and volunteering in Swanage.
Bournemouth Womens Wellbeing Circle | Coastal Wellbeing | mental_health | bmth | Free | 18 | | | Closed to new members until January. | | Peer support circle for women.
Dorset Council Skills and Learning Line | Dorset Skills | learning,employment | phone | Free | 19 | | Dorset Council area | | | Advice on courses and jobs for Dorset Council area residents (not BCP).
Dorset Carers Phone Support | Dorset Carers Together | carers | phone | Free | | | NHS Dorset ICB | | | Phone support, carers assessments and emergency planning.
North Dorset Carers Online Craft Circle | Dorset Carers Together | carers,arts,loneliness | online | Free | | | North Dorset | | | Crafting together on video for carers who cannot get out.
Carers Sitting Service North Dorset | Dorset Carers Together | carers | home | Free (up to 3 hours a week) | | | North Dorset | | | A trained sitter stays with the person you care for.
Shaftesbury Carers Cafe | Dorset Carers Together | carers,loneliness | shaftes | Free | | | | | | Monthly cafe for carers.
Wiltshire Carers Phone Line | Wiltshire Carers Alliance | carers | phone | Free | | | Wiltshire | | | Information and support for carers in Wiltshire and Swindon.
BCP Carers Online Group | Coastal Carers | carers,loneliness | online | Free | | | BCP | | | Online peer group for carers in Bournemouth, Christchurch and Poole.
Dorset Carers Online Cafe | Dorset Carers Together | carers,loneliness | online | Free | | | Dorset | Moved to a new platform; sessions suspended until the new link is issued. | | Weekly online cafe for carers.
Salisbury Deaf Club | Wessex Deaf Connect | loneliness | salis | 50p for tea | | | | | | Social club with BSL users and a hearing loop; all welcome.
Salisbury Library Digital Drop-in | Wiltshire Libraries Friends | digital | salis | Free | | | | | nocoord | Help with tablets, phones and email. Staff can type rather than talk.
Salisbury Arts Centre Over-60s Painting | Salisbury Arts Collective | arts,loneliness | salis2 | £4 per session | 60 | | | | | Weekly painting for over-60s.
Wiltshire Telephone Friendship | Wiltshire Good Neighbours | loneliness | phone | Free | | | NHS Bath and North East Somerset, Swindon and Wiltshire ICB | | | Weekly call from a volunteer.
Amesbury Art Group | Salisbury Arts Collective | arts | amesbury | £3 | | | | | | Drawing and painting group.
Salisbury Young Artists Studio | Salisbury Arts Collective | arts | salis | Free | 14 | 25 | | | | Studio time for young artists.
Salisbury Tech Cafe | Wiltshire Libraries Friends | digital | salis2 | Free | | | | Volunteers needed; cafe paused until further notice. | | Friendly computer help.
Andover Digital Buddies | Test Valley Digital | digital | andover | Free | | | Test Valley | | | One-to-one tablet and phone help.
Wessex Deaf Online Social | Wessex Deaf Connect | loneliness,digital | online | Free | | | Wessex | | | Weekly video social with captions and BSL.
Southampton Recovery Community Cafe | Solent Recovery Community | alcohol_drugs,loneliness | shirley | Free | 18 | | | | | Alcohol- and drug-free cafe run by people in recovery.
Southampton Housing Options Drop-in | Southampton Tenancy Help | housing | soton | Free | | | Southampton | | | Walk-in housing options and homelessness advice.
Shirley Work and Skills Club | Solent Recovery Community | employment | shirley | No charge | 18 | | | | | Work club welcoming people in recovery.
Woolston Recovery Group | Solent Recovery Community | alcohol_drugs | woolston | Free | 18 | | | | | Weekly peer recovery meeting.
Southampton Recovery Gym | Solent Recovery Community | alcohol_drugs,physical_activity | soton | £3 per session | 18 | | | | | Gym sessions for people in recovery.
Portsmouth Recovery Peer Line | Pompey Recovery | alcohol_drugs | phone | Free | 18 | | Portsmouth | | | Phone line staffed by people in recovery.
Shirley Mutual Aid Meeting | Solent Recovery Community | alcohol_drugs | shirley | Free | 18 | | | Meeting has moved; see Southampton Recovery Community Cafe. | | Evening mutual aid meeting.
Plain Community Transport | Plain Wheels | transport | phone | Fares from £3 each way | | | Wiltshire Council area | | | Book-ahead minibus and volunteer cars from Salisbury Plain villages to Devizes, Salisbury and Amesbury.
Tilshead Village Hall Coffee Morning | Tilshead Village Hall Trust | loneliness | tilshead | Donations welcome | | | | | | Thursday coffee morning.
Shrewton Walking Group | Plain Wheels | physical_activity,loneliness | shrewton | Free | | | | | | Weekly walk on the downs.
Devizes Chair Exercise | Kennet Move More | physical_activity | devizes | £2.50 | 55 | | | | | Seated exercise class.
Online Chair Yoga Wiltshire | Kennet Move More | physical_activity | online | Free | 50 | | Wiltshire | | | Chair yoga on video.
Swindon Dial-a-Ride | Swindon Community Transport | transport | phone | £2 per journey | | | Swindon | | | Door-to-door minibus for Swindon residents.
Salisbury Plain Walking Buddies | Plain Wheels | physical_activity | tilshead | Free | | | | Walk leader retired; group suspended until a new leader is found. | | Village walks.
Ventnor Baby and Toddler Group | Ventnor Families | parenting,loneliness | ventnor | Free | | | | | | Play and chat for parents and under-4s.
Isle of Wight Perinatal Wellbeing Line | Island Parents | mental_health,parenting | phone | Free | 16 | | Isle of Wight | | | Phone support for low mood in pregnancy and after birth.
Isle of Wight Money Line | Island Advice | money | phone | Free | | | Isle of Wight | | | Benefits, debt and grants advice by phone.
Sandown Family Hub | Island Parents | parenting | sandown | Free | | | | | | Family hub with health visitors and stay-and-play.
Southsea Mums Mental Health Group | Solent Families | mental_health,parenting | southsea | Free | 16 | | | | | Peer group for mums with low mood.
Ventnor Baby Massage | Ventnor Families | parenting | ventnor | £25 for a 5-week course | | | | | | Baby massage classes.
Newport Parenting Course | Island Parents | parenting | newport | Free | | | | | | Eight-week parenting course.
Portsmouth Perinatal Peer Line | Solent Families | mental_health,parenting | phone | Free | 16 | | Portsmouth | | | Perinatal peer support line.
Wareham Diabetes Support Group | Purbeck Health Friends | long_term_conditions | wareham | Free | | | | | | Monthly group for people with type 2 diabetes.
Swanage Walking for Health | Purbeck Health Friends | physical_activity | swanage | Free | | | | | | Weekly led walks, 45 minutes.
Purbeck Digital Champions | Purbeck Digital | digital | home | Free | | | Purbeck | | | Volunteers visit to help with tablets, NHS App and online shopping.
Dorchester Diabetes Education Course | Dorset Diabetes Partnership | long_term_conditions | dorch | Free | 18 | | | | | Structured education course for type 2 diabetes.
Christchurch Computer Club | Christchurch Computer Club | digital | xchurch | £1 a week | | | | | | Help with computers.
Swanage Young Adults Fitness | Purbeck Works | physical_activity | swanage | Free | 16 | 25 | | | | Fitness for young adults.
BCP Digital Buddies at Home | Coastal Companions | digital | home | Free | | | Bournemouth, Christchurch and Poole | | | Digital help at home.
Wareham Tech Help Desk | Purbeck Digital | digital | wareham | Free | | | | Help desk closed while the library is refurbished. | | Drop-in tech help.
Purbeck Nordic Walking | Purbeck Health Friends | physical_activity | corfe | £6 per walk, poles provided | | | | | | Nordic walking from Corfe Castle.
New Forest Bereavement Group Lymington | Forest Friends | bereavement | lymington | Free | 18 | | | | nocoord | Monthly group for bereaved adults, including bereavement by suicide.
Suicide Bereavement Support Online Wessex | Wessex Grief Network | bereavement,mental_health | online | Free | 18 | | Wessex | | | Online peer group for people bereaved by suicide.
Lymington Walk and Talk | Forest Friends | mental_health,physical_activity | lymington | Free | 18 | | | | | Gentle evening walk and talk for anyone feeling low or stressed; Wednesdays 6.30pm from the quay.
Freshwater Bereavement Cafe | Island Grief Support | bereavement | freshwater | Free | | | | | | Monthly cafe for bereaved people.
Southampton Bereavement Cafe | Solent Grief Network | bereavement | soton | Free | | | | | | Drop-in for bereaved people.
Bournemouth Bereavement Group | Coastal Wellbeing | bereavement | bmth | Free | | | | | | Weekly group.
Lymington Widowed Over-60s Lunch | Forest Friends | bereavement,loneliness | lymington | £5 | 60 | | | | | Lunch for widowed over-60s.
Andover Foodbank | Test Valley Food Partnership | food,money | andover | Free with a voucher | | | | | | Emergency food parcels and advice.
Andover Men in Sheds | Test Valley Sheds | loneliness,arts | andover | £1.50 per visit | | | | | | Woodwork and company.
Winchester Talking Cafe | Winchester Wellbeing | mental_health,loneliness | winch | Free | | | Winchester | | | Informal mental wellbeing cafe.
Winchester Carers Group | Hampshire Carers Connect | carers | winch | Free | | | Hampshire County Council area | | | Monthly carers group.
Blandford Community Fridge | North Dorset Food Share | food | blandford | Free | | | | | | Surplus food, no referral needed.
Blandford Walking Football | North Dorset Sport | physical_activity | blandford | £3 a session | 50 | | | | | Walking football for over-50s.
Bridport Arts and Wellbeing | West Dorset Creatives | arts,mental_health | bridport | Pay what you can | | | | | | Creative sessions for wellbeing.
Bridport Debt Advice | West Dorset Advice | money | bridport | Free | | | West Dorset | | | Debt advice appointments.
Dorchester Housing Advice | West Dorset Advice | housing | dorch | Free | | | Dorset Council area | | | Housing options appointments.
Devizes Community Garden | Kennet Growers | physical_activity,mental_health | devizes | Free | | | | | | Gardening for wellbeing.
Devizes Digital Drop-in | Kennet Growers | digital | devizes | Free | | | | | | Tablet help at the library.
Ringwood Memory Cafe | Forest Friends | long_term_conditions,carers | ringwood | Free | | | | | | For people living with dementia and their carers.
Ringwood Over-50s Swim | Ringwood Leisure Friends | physical_activity | ringwood | £4.20 a swim | 50 | | | | | Quiet swim sessions.
Beaulieu Village Lunch Club | Beaulieu Friends | loneliness,food | beaulieu | £6 for a two-course lunch | 65 | | | | | Monthly lunch for older residents.
Lyndhurst Art Club | Forest Creatives | arts | lyndhurst | £5 per session | | | | | | Painting and drawing.
Tollard Royal Reading Room Social | Cranborne Chase Friends | loneliness | tollard | Free | | | | | | Monthly social and lending library.
Cranborne Chase Car Scheme | Cranborne Chase Friends | transport | phone | Mileage charge of 45p per mile | | | North Dorset | | | Volunteer drivers to appointments.
Poole Quay Art Studio | Poole Creatives | arts | poole | £8 per class | | | | | | Printmaking and painting classes.
Poole Gambling Harm Group | Coastal Recovery | alcohol_drugs | poole | Free | 18 | | NHS Dorset ICB | | | Peer group for gambling harm.
Christchurch Parkinsons Group | Coastal Health Friends | long_term_conditions | xchurch | Free | | | | | | Monthly support group.
Bournemouth Debt Line | Coastal Advice | money | phone | Free | | | BCP | | | Debt advice by phone.
Swindon Community Food Club | Swindon Food Share | food,money | swin2 | £3.50 membership per week | | | | | | Low-cost food club.
Swindon Learning Disability Art | Swindon Creatives | arts | swindon | Free | 18 | | | | | Art group for adults with learning disabilities.
Swindon Stroke Club | Swindon Health Friends | long_term_conditions,loneliness | swindon | £2 including tea | | | | | | Fortnightly club.
Cowes Sailing for Wellbeing | Island Wellbeing | mental_health,physical_activity | cowes | Free | 16 | | | | | Sailing sessions for mental wellbeing.
Newport Job Club | Island Advice | employment | newport | Free | | | Isle of Wight | | | Job club for island residents.
Isle of Wight Dial-a-Bus | Island Wheels | transport | phone | Concessionary passes accepted; otherwise £2.50 | | | Isle of Wight | | | Accessible bus for island residents.
Ryde Digital Help | Island Wellbeing | digital | ryde | Free | | | | | | Help getting online.
Southampton Carers Centre | Solent Carers | carers | soton | Free | | | Southampton | | | Support for carers.
Southampton Polish Advice | Solent Polish Link | money,housing | soton | Free | | | | | | Advice in Polish.
Portsmouth Arts Studio Drop-in | Pompey Creatives | arts,mental_health | southsea | Suggested donation £2 | | | | | | Drop-in art studio.
Hampshire Community Transport Helpline | Hampshire Wheels | transport | phone | Fares vary, typically £4 | | | Hampshire County Council area | | | Books community transport across the county council area.
Solent Gambling Harm Online | Coastal Recovery | alcohol_drugs | online | Free | 18 | | NHS Hampshire and Isle of Wight ICB | | | Online group for gambling harm.
Wessex Long Covid Online Group | Wessex Health Friends | long_term_conditions | online | Free | 18 | | Wessex | | | Peer support on video.
Salisbury Housing Help | South Wiltshire Advice | housing,money | salis | Free | | | Wiltshire Council area | | | Housing and money advice.
Amesbury Garrison Families Group | Plain Families | parenting | amesbury | Free | | | | | | Families group.
Winchester Money Advice | Winchester Advice | money | winch | - | | | | | bad:zero | Benefits and debt advice.
Andover Carers Cafe | Test Valley Carers | carers | andover | Free | | | | | bad:swapped | Cafe for carers.
Bridport Bereavement Group | West Dorset Grief | bereavement | bridport | Free | | | | | bad:nopostcode | Group for bereaved adults.
Shaftesbury Tai Chi | North Dorset Sport | physical_activity | shaftes | £5 | | | | | nocoord | Tai chi class.
Blandford Carers Group | Dorset Carers Together | carers | blandford | Free | | | | | nocoord | Monthly carers group.
Lymington Digital Drop-in | Forest Friends | digital | lymington | Free | | | | | nocoord | Library tech help.
Cosham Foodbank | Portsmouth Food Partnership | food | cosham | Free | | | | | nocoord | Foodbank with voucher.
Poole Housing Options | BCP Housing Partnership | housing | poole | Free | | | Bournemouth, Christchurch and Poole | | nocoord | Housing options advice.
"""
def _n(x): return int(x) if x.strip() else None
SERVICES = []
for line in T.strip().splitlines():
    f = [x.strip() for x in line.split('|')]
    assert len(f) == 11, line
    name, org, needs, where, fees, mn, mx, area, alert, quirk, desc = f
    SERVICES.append({'name': name, 'org': org, 'needs': needs.split(','), 'where': where,
                     'fees': NOFEE if fees == '-' else fees, 'min': _n(mn), 'max': _n(mx), 'area': area or None,
                     'alert': alert or None, 'quirk': quirk, 'desc': desc})
LANGS = {'Boscombe ESOL Conversation Class': [('English', 'en'), ('Polish', 'pl'), ('Romanian', 'ro')],
         'Bournemouth Polish Wellbeing Group': [('Polish', 'pl')], 'Southampton Polish Advice': [('Polish', 'pl'), ('English', 'en')],
         'Salisbury Deaf Club': [('British Sign Language', 'bfi'), ('English', 'en')], 'Wessex Deaf Online Social': [('British Sign Language', 'bfi'), ('English', 'en')]}

def person(pid, age, area, story, needs, barriers, most, goals, notes, lat, lon, place, km, free, remote, avoid, expect, mustnot, unmet=None):
    t = {'lat': lat, 'lon': lon, 'place': place, 'maxTravelKm': km, 'mustBeFree': free, 'remoteOk': remote, 'avoidModes': avoid,
         'expectSomething': expect, 'mustNotSuggest': mustnot}
    if unmet: t['unmetNeeds'] = unmet
    return {'id': pid, 'age': age, 'area': area, 'story': story, 'needs': needs, 'barriers': barriers, 'mattersMost': most,
            'goals': goals, 'notes': notes, 'truth': t}

PEOPLE = [
 person('wx-01', 78, 'Ryde, IOW', 'Derek is 78 and has lived in Ryde all his life. His wife Maureen died in March after a long illness. He gave up driving last year.',
        ['bereavement', 'loneliness'], ['transport'], 'Not being the only one who feels like this.',
        ['a bereavement group', 'somewhere to go in the week', 'not go over on the ferry'],
        'No car; takes the island bus to Newport but will not cross to Portsmouth (the hovercraft and ferry fares and the crowds put him off). Uses the phone.',
        50.7285, -1.161, 'Ryde, Isle of Wight PO33', 12, False, True, ['online'],
        ['Ryde Bereavement Friendship Group', 'Isle of Wight Bereavement Line', 'Newport Widowed Lunch Club', 'Hampshire and IOW Grief Phone Support'],
        ['Portsmouth Bereavement Support Group', 'Portsmouth Bereavement Phone Line', 'Hampshire Widowed Phone Circle', 'Sandown Bereavement Cafe',
         'Ventnor Bereavement Walk', 'Suicide Bereavement Support Online Wessex']),
 person('wx-02', 17, 'Swindon SN2', 'Kayla is 17 and looks after her mum, who has MS, and her little brother. She is at college two days a week and is falling behind.',
        ['carers', 'mental_health', 'learning'], ['caring', 'anxiety'], 'Getting my coursework done and having someone who gets it.',
        ['meet other young carers', 'help with college work', 'someone to talk to about feeling low'],
        'Lives in Gorse Hill; walks or takes the bus in town, no further than about 4 km. Phone and online both fine.',
        51.575, -1.786, 'Gorse Hill, Swindon SN2', 4, True, True, [],
        ['Swindon Young Carers Hub', 'Swindon Young Carers Homework Club', 'Swindon Youth Wellbeing Drop-in'],
        ['Swindon Carers Centre Adult Carers Group', 'Swindon Talking Therapies Self-Referral', 'Devizes Young Carers Group',
         'Wiltshire Council Young Carers Service', 'Swindon Adult Learning Taster Courses']),
 person('wx-03', 84, 'Burley, New Forrest', 'Joan is 84, lives alone in a cottage outside Burley and has heart failure. She has not left the house since a fall in the summer.',
        ['loneliness', 'long_term_conditions', 'money'], ['mobility', 'rural', 'digital'], 'A voice at the other end and someone who understands my heart.',
        ['someone to help with my benefits form', 'a regular chat', 'advice about my breathlessness'],
        'Housebound. Landline only, no internet. Neighbours do her shopping.',
        50.829, -1.705, 'Burley, New Forest BH24', 0, False, True, ['in_person', 'online'],
        ['New Forest Home Visiting Befrienders', 'Hampshire Telephone Friendship', 'Wessex Heart Support Phoneline', 'New Forest Attendance Allowance Home Visits'],
        ['Burley Village Coffee Morning', 'BCP Home Visiting Befriending', 'Dorset Telephone Befriending', 'Online Heart Health Course', 'Ringwood Befriending at Home']),
 person('wx-04', 34, 'PO4', 'Liam is 34, lost his warehouse job in August and is behind on rent and council tax. He rents a room in Fratton.',
        ['money', 'employment', 'housing'], ['cost', 'confidence'], 'Not losing my room and getting back into work.',
        ['someone to sort out my debts', 'a job club', 'know where I stand with my landlord'],
        'No spare money at all, not even bus fares; walks everywhere, up to about 3 km.',
        50.793, -1.068, 'Fratton, Portsmouth PO4', 3, True, True, [],
        ['Portsmouth Debt Advice Drop-in', 'Fratton Job Club', 'Portsmouth Housing Advice Line'],
        ['Portsmouth Budgeting Course', 'Southsea CV Workshop', 'Cosham Work Club', 'Southampton Housing Advice Line']),
 person('wx-05', 52, 'Boscombe, Bournmouth', 'Agnieszka is 52 and came from Gdansk eight years ago. She cleans hotels on zero-hours contracts. Since her divorce she feels very low.',
        ['learning', 'employment', 'mental_health'], ['language', 'confidence'], 'Better English so I can get a proper job.',
        ['English classes', 'a better job', 'talk to someone in Polish'],
        'First language Polish; her English is basic. Takes the bus, up to about 5 km. Can pay a little.',
        50.7255, -1.839, 'Boscombe, Bournemouth BH5', 5, False, True, [],
        ['Boscombe ESOL Conversation Class', 'BCP ESOL Courses', 'Bournemouth Polish Wellbeing Group', 'Boscombe Employment Hub'],
        ['Poole ESOL Class', 'Swanage Employment Hub', 'Bournemouth Womens Wellbeing Circle', 'Dorset Council Skills and Learning Line']),
 person('wx-06', 67, 'Shaftsbury', 'Margaret is 67 and cares for her husband Ken, who has vascular dementia and cannot be left. She used to paint and sing in a choir.',
        ['carers', 'loneliness', 'arts'], ['caring'], 'Something for me, without leaving Ken.',
        ['a carers group I can do from home', 'get back to painting', 'a break now and then'],
        'Cannot leave the house while Ken is at home; phone and video calls are fine (her daughter set up the laptop).',
        51.004, -2.194, 'Shaftesbury, North Dorset SP7', 0, False, True, ['in_person'],
        ['Dorset Carers Phone Support', 'North Dorset Carers Online Craft Circle', 'Carers Sitting Service North Dorset'],
        ['Shaftesbury Carers Cafe', 'Wiltshire Carers Phone Line', 'BCP Carers Online Group', 'Dorset Carers Online Cafe']),
 person('wx-07', 90, 'SP1', 'Arthur is 90, a retired sign-writer, profoundly deaf since his 60s. He lives in sheltered housing near Salisbury market square.',
        ['loneliness', 'arts', 'digital'], ['hearing', 'digital'], 'Company that does not mind that I cannot hear.',
        ['somewhere deaf people meet', 'paint again', 'learn to video call my grandson'],
        'Cannot use the phone at all. Lip-reads and writes notes. Gets a taxi with his taxicard up to about 3 km. Has a tablet he does not understand.',
        51.0695, -1.793, 'Salisbury city centre SP1', 3, False, True, ['phone'],
        ['Salisbury Deaf Club', 'Salisbury Library Digital Drop-in', 'Salisbury Arts Centre Over-60s Painting', 'Wessex Deaf Online Social'],
        ['Wiltshire Telephone Friendship', 'Amesbury Art Group', 'Salisbury Young Artists Studio', 'Salisbury Tech Cafe', 'Andover Digital Buddies']),
 person('wx-08', 45, 'Shirley, Soton', 'Gary is 45, three months sober after twenty years of heavy drinking. He is sofa-surfing with his sister in Shirley.',
        ['alcohol_drugs', 'housing', 'employment'], ['cost', 'stigma'], 'Staying sober and getting my own place.',
        ['people who have been through it', 'somewhere to live', 'get back to work as a plasterer'],
        'No income yet; everything has to be free. Walks, up to about 4 km.',
        50.9245, -1.428, 'Shirley, Southampton SO15', 4, True, True, [],
        ['Southampton Recovery Community Cafe', 'Southampton Housing Options Drop-in', 'Shirley Work and Skills Club'],
        ['Woolston Recovery Group', 'Southampton Recovery Gym', 'Portsmouth Recovery Peer Line', 'Shirley Mutual Aid Meeting']),
 person('wx-09', 71, 'Tilshead, Salisbury Plain', 'Roy is 71, a widower and retired Army cook, living in Tilshead. The bus runs twice a day. His knees are bad.',
        ['transport', 'loneliness', 'physical_activity'], ['rural', 'transport', 'mobility'], 'Getting out of the village now and then.',
        ['a lift to town', 'something in the village', 'exercise for my knees'],
        'No car; walks about the village only (2 km at most). Landline, no computer.',
        51.2365, -1.952, 'Tilshead, Wiltshire SP3', 2, False, True, ['online'],
        ['Plain Community Transport', 'Wiltshire Telephone Friendship', 'Tilshead Village Hall Coffee Morning'],
        ['Shrewton Walking Group', 'Devizes Chair Exercise', 'Online Chair Yoga Wiltshire', 'Swindon Dial-a-Ride', 'Salisbury Plain Walking Buddies'],
        ['physical_activity']),
 person('wx-10', 29, 'Ventnor', 'Chloe is 29 and had her first baby in September. Her partner works away on the mainland. She has been tearful and not sleeping.',
        ['parenting', 'mental_health', 'money'], ['cost', 'transport', 'childcare'], 'Feeling like myself again.',
        ['a baby group', 'someone to talk to about feeling low', 'check what money I can get'],
        'No car; takes the bus with the pram, about 6 km at most. On maternity allowance: everything must be free.',
        50.5945, -1.206, 'Ventnor, Isle of Wight PO38', 6, True, True, [],
        ['Ventnor Baby and Toddler Group', 'Isle of Wight Perinatal Wellbeing Line', 'Isle of Wight Money Line'],
        ['Southsea Mums Mental Health Group', 'Ventnor Baby Massage', 'Newport Parenting Course', 'Portsmouth Perinatal Peer Line', 'Sandown Family Hub']),
 person('wx-11', 58, 'Corfe Castle, Purbek', 'Steve is 58, a stonemason with type 2 diabetes diagnosed this year. His GP wants him more active. He struggles with the NHS App.',
        ['long_term_conditions', 'physical_activity', 'digital'], ['digital'], 'Not ending up on insulin like my dad.',
        ['a diabetes group', 'get walking', 'order my prescriptions online'],
        'Drives; will go up to about 15 km. Happy to pay a bit.',
        50.6385, -2.057, 'Corfe Castle, Purbeck BH20', 15, False, True, [],
        ['Wareham Diabetes Support Group', 'Swanage Walking for Health', 'Purbeck Digital Champions', 'Purbeck Nordic Walking'],
        ['Dorchester Diabetes Education Course', 'Christchurch Computer Club', 'Swanage Young Adults Fitness', 'BCP Digital Buddies at Home', 'Wareham Tech Help Desk']),
 person('wx-12', 39, 'Lymington SO41', 'Priya is 39, a dental nurse. Her younger brother took his own life in the spring. She is back at work but not coping in the evenings.',
        ['bereavement', 'mental_health'], ['stigma'], 'Talking to people who have lost someone the same way.',
        ['a suicide bereavement group', 'something in the evenings', 'help with my own low mood'],
        'Drives, up to about 12 km; the Yarmouth ferry is right there but she will not cross to the island for a group.',
        50.7585, -1.546, 'Lymington, New Forest SO41', 12, False, True, [],
        ['New Forest Bereavement Group Lymington', 'Suicide Bereavement Support Online Wessex', 'Lymington Walk and Talk', 'Hampshire and IOW Grief Phone Support'],
        ['Freshwater Bereavement Cafe', 'Isle of Wight Bereavement Line', 'Southampton Bereavement Cafe', 'Bournemouth Bereavement Group']),
]
