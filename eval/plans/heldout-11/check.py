#!/usr/bin/env python3
"""Check the Greater Manchester, Merseyside and Cheshire held-out set (set 11): ids unique; labels agree with the directory;
every in-person site lies inside the region with a real postcode district for its town; no-coordinate and unusable
locations are exactly the documented ones; the service-area containment table (units are POSTCODE DISTRICTS, each in one
local authority); the Mersey 'sides' (Wirral vs the Liverpool side; Runcorn-Widnes is NOT a barrier); multi-site services
are only used in people's lists where the label's first site gives the same verdict as the nearest site; people use only the
allowed words; every expected service is right for the person, every mustNotSuggest entry has a plain reason, every need has
something eligible (or is listed as unmet and really has nothing, at every site of every record); enough pairs are excluded
ONLY by a service area although the venue is within reach; areas.json equals the tables here; vocabulary needs/barriers
equal set 10's.
Run: python3 check.py            (exit code 1 on any problem)
     python3 check.py --write-areas   (rewrite areas.json from the tables below, then check)"""
import json, math, os, re, sys
from collections import Counter
HERE = os.path.dirname(os.path.abspath(__file__))
def load(n): return json.load(open(os.path.join(HERE, n), encoding='utf-8'))
D, L, PEOPLE, V = load('directory-gm.json'), load('labels-gm.json'), load('people-heldout-11.json'), load('vocabulary.json')
NEEDS = {'money', 'housing', 'food', 'loneliness', 'mental_health', 'physical_activity', 'carers', 'employment', 'bereavement',
         'alcohol_drugs', 'digital', 'long_term_conditions', 'learning', 'parenting', 'arts', 'transport'}
PEOPLE_NEEDS = NEEDS - {'food'}
BARRIERS = set(V['barriers'])  # includes 'work hours' (used by gm-05, the night-shift worker)
MODES = {'in_person', 'phone', 'online', 'home_visit'}
AVOID = {'in_person', 'online', 'phone'}
REMOTE = {'phone', 'online'}
PERSON_KEYS = ['id', 'age', 'area', 'story', 'needs', 'barriers', 'mattersMost', 'goals', 'notes', 'truth']
TRUTH_KEYS = {'lat', 'lon', 'place', 'maxTravelKm', 'mustBeFree', 'remoteOk', 'avoidModes', 'expectSomething', 'mustNotSuggest'}
LABEL_KEYS = ('name', 'needs', 'free', 'active', 'mode', 'lat', 'lon', 'town', 'county', 'minAge', 'maxAge', 'area')

# ---- containment. Units are postcode districts; each belongs to one local authority (metropolitan borough or unitary).
# Traps: Trafford (Sale, Altrincham, Stretford), Tameside (Ashton-under-Lyne, Hyde), Sefton (Bootle, Southport, Crosby),
# Knowsley (Kirkby, Huyton) and Wirral are boroughs whose names are not towns; Moss Side and Wythenshawe are Manchester;
# Runcorn and Widnes are HALTON (ceremonially Cheshire, but NOT Cheshire West and Chester, and NOT 'Merseyside'), yet they
# ARE in the Liverpool City Region (five Merseyside boroughs + Halton) and in NHS Cheshire and Merseyside; Warrington is its
# own unitary (ceremonial Cheshire, NHS Cheshire and Merseyside, not the City Region); Ellesmere Port (CH65) and Malpas
# (SY14, a Shropshire-style postcode) are Cheshire West and Chester; Nantwich, Crewe, Wybunbury, Audlem, Macclesfield and
# Congleton are Cheshire East. 'Greater Manchester', the Combined Authority and NHS Greater Manchester = the ten boroughs.
# 'Cheshire' = the ceremonial county: Cheshire East, Cheshire West and Chester, Warrington, Halton. 'North West' = everything.
DIST_AUTH = {'M1': 'Manchester', 'M14': 'Manchester', 'M22': 'Manchester', 'M6': 'Salford', 'SK1': 'Stockport', 'OL1': 'Oldham', 'OL4': 'Oldham',
 'OL16': 'Rochdale', 'BL1': 'Bolton', 'WN1': 'Wigan', 'BL9': 'Bury', 'OL6': 'Tameside', 'SK14': 'Tameside', 'M33': 'Trafford', 'WA14': 'Trafford',
 'M32': 'Trafford', 'L1': 'Liverpool', 'L8': 'Liverpool', 'L4': 'Liverpool', 'L6': 'Liverpool', 'CH41': 'Wirral', 'CH44': 'Wirral', 'CH48': 'Wirral',
 'L20': 'Sefton', 'PR8': 'Sefton', 'L23': 'Sefton', 'L32': 'Knowsley', 'L36': 'Knowsley', 'WA10': 'St Helens', 'CH1': 'Cheshire West and Chester',
 'CW1': 'Cheshire East', 'SK11': 'Cheshire East', 'CW9': 'Cheshire West and Chester', 'CW5': 'Cheshire East', 'CW12': 'Cheshire East',
 'CH65': 'Cheshire West and Chester', 'CW7': 'Cheshire West and Chester', 'WA1': 'Warrington', 'WA7': 'Halton', 'WA8': 'Halton', 'CW3': 'Cheshire East',
 'SY14': 'Cheshire West and Chester', 'CW6': 'Cheshire West and Chester'}
def auth(*a): return {d for d, x in DIST_AUTH.items() if x in a}
GMA = ('Manchester', 'Salford', 'Stockport', 'Oldham', 'Rochdale', 'Bolton', 'Wigan', 'Bury', 'Tameside', 'Trafford')
MYA = ('Liverpool', 'Wirral', 'Sefton', 'Knowsley', 'St Helens'); CHA = ('Cheshire East', 'Cheshire West and Chester', 'Warrington', 'Halton')
AREAS = {'Manchester City Council area': auth('Manchester'), 'Salford': auth('Salford'), 'Stockport': auth('Stockport'), 'Oldham': auth('Oldham'),
    'Rochdale Borough': auth('Rochdale'), 'Bolton': auth('Bolton'), 'Wigan Borough': auth('Wigan'), 'Bury': auth('Bury'), 'Tameside': auth('Tameside'),
    'Trafford': auth('Trafford'), 'Stockport and Tameside': auth('Stockport', 'Tameside'),
    'Greater Manchester': auth(*GMA), 'Greater Manchester Combined Authority': auth(*GMA), 'NHS Greater Manchester': auth(*GMA),
    'Liverpool': auth('Liverpool'), 'Wirral': auth('Wirral'), 'Sefton': auth('Sefton'), 'Knowsley': auth('Knowsley'), 'St Helens Borough': auth('St Helens'),
    'Merseyside': auth(*MYA), 'Liverpool City Region': auth(*MYA, 'Halton'),
    'Cheshire East': auth('Cheshire East'), 'Cheshire West and Chester': auth('Cheshire West and Chester'), 'Warrington': auth('Warrington'),
    'Halton': auth('Halton'), 'Cheshire': auth(*CHA), 'NHS Cheshire and Merseyside': auth(*MYA, *CHA),
    'North West': auth(*GMA, *MYA, *CHA), 'M22, M23': {'M22', 'M23'}, 'L4, L5, L6': {'L4', 'L5', 'L6'}}
PERSON_UNIT = {'gm-01': 'CH41', 'gm-02': 'M22', 'gm-03': 'OL6', 'gm-04': 'M14', 'gm-05': 'L4', 'gm-06': 'OL16', 'gm-07': 'CW5',
    'gm-08': 'PR8', 'gm-09': 'M1', 'gm-10': 'WA7', 'gm-11': 'OL4', 'gm-12': 'SY14'}
# label town -> real postcode districts (a site's postcode must be one of them)
TOWN = {'Manchester': {'M1'}, 'Moss Side': {'M14'}, 'Wythenshawe': {'M22'}, 'Salford': {'M6'}, 'Stockport': {'SK1'}, 'Oldham': {'OL1', 'OL4'},
    'Rochdale': {'OL16'}, 'Bolton': {'BL1'}, 'Wigan': {'WN1'}, 'Bury': {'BL9'}, 'Ashton-under-Lyne': {'OL6'}, 'Hyde': {'SK14'}, 'Sale': {'M33'},
    'Altrincham': {'WA14'}, 'Stretford': {'M32'}, 'Liverpool': {'L1'}, 'Toxteth': {'L8'}, 'Anfield': {'L4'}, 'Everton': {'L6'}, 'Birkenhead': {'CH41'},
    'Wallasey': {'CH44'}, 'West Kirby': {'CH48'}, 'Bootle': {'L20'}, 'Southport': {'PR8'}, 'Crosby': {'L23'}, 'Kirkby': {'L32'}, 'Huyton': {'L36'},
    'St Helens': {'WA10'}, 'Chester': {'CH1'}, 'Crewe': {'CW1'}, 'Macclesfield': {'SK11'}, 'Northwich': {'CW9'}, 'Nantwich': {'CW5'},
    'Congleton': {'CW12'}, 'Ellesmere Port': {'CH65'}, 'Winsford': {'CW7'}, 'Warrington': {'WA1'}, 'Runcorn': {'WA7'}, 'Widnes': {'WA8'},
    'Wybunbury': {'CW5'}, 'Audlem': {'CW3'}, 'Malpas': {'SY14'}, 'Tarporley': {'CW6'}}
CEREMONIAL = {**{a: 'Greater Manchester' for a in GMA}, **{a: 'Merseyside' for a in MYA}, **{a: 'Cheshire' for a in CHA}}
# The Mersey. Wirral (and Ellesmere Port, on the same peninsula) vs the Liverpool side: the crossings are two tolled road
# tunnels, the Merseyrail loop and the ferry; people who say they will not go 'over the water' mean it, and a straight line
# of 2 km from Birkenhead to Toxteth is not a 2 km trip for them, so a pair across it counts as out of reach. Runcorn-Widnes
# is one borough (Halton) joined by the Silver Jubilee and Mersey Gateway bridges with frequent buses: NOT a barrier.
SIDE_TOWN = {**{t: 'Wirral side' for t in ('Birkenhead', 'Wallasey', 'West Kirby', 'Ellesmere Port')},
             **{t: 'Liverpool side' for t in ('Liverpool', 'Toxteth', 'Anfield', 'Everton', 'Bootle', 'Southport', 'Crosby', 'Kirkby', 'Huyton', 'St Helens')}}
SIDE_UNIT = {**{u: 'Wirral side' for u in ('CH41', 'CH44', 'CH48', 'CH65')},
             **{u: 'Liverpool side' for u in ('L1', 'L8', 'L4', 'L6', 'L20', 'PR8', 'L23', 'L32', 'L36', 'WA10')}}
def side_t(t): return SIDE_TOWN.get(t, 'no barrier')
def side_u(u): return SIDE_UNIT.get(u, 'no barrier')
NOCOORD = {'Wybunbury Village Coffee Morning', 'Malpas Craft and Natter', "Wythenshawe Somali Women's Advice Circle", 'Kirkby Recovery Cafe',
           "Hyde Men's Shed"}
BAD = {'Crewe Carers Coffee': 'osgb', 'Southport Art Club': 'zero'}
VILLAGES = {'gm-07': 'Wybunbury', 'gm-12': 'Malpas'}  # answer with a nearby town or a postcode district, not the village
MIN_AREA_ONLY = 8  # at least this many mustNotSuggest pairs whose ONLY reason is the service area
def in_region(lat, lon): return isinstance(lat, (int, float)) and isinstance(lon, (int, float)) and 52.95 < lat < 53.70 and -3.25 < lon < -1.95
def areas_json():
    return {'_why': "Copied from this set's own check.py (AREAS, PERSON_UNIT, SIDE_TOWN, SIDE_UNIT) and README ('Service areas', 'The Mersey'): units are postcode districts, each in one local authority; which districts each service-area name covers and the district the author placed each person in. 'sides': a person and an in-person service are across the water only when both sides are named ('Wirral side' / 'Liverpool side') and differ; 'no barrier' never differs (Runcorn and Widnes are both 'no barrier': the bridges are used daily). Read by the scorer only, never by the product.",
            'contains': {a: sorted(u) for a, u in sorted(AREAS.items())}, 'personUnit': PERSON_UNIT,
            'sides': {'towns': {t: side_t(t) for t in TOWN}, 'units': {u: side_u(u) for u in DIST_AUTH}, 'otherwise': 'no barrier'}}
if '--write-areas' in sys.argv:
    json.dump(areas_json(), open(os.path.join(HERE, 'areas.json'), 'w', encoding='utf-8'), ensure_ascii=False, indent=2)
problems = []
def bad(msg): problems.append(msg)
if load('areas.json') != json.loads(json.dumps(areas_json())): bad('areas.json differs from the tables in check.py (run with --write-areas)')
def km(a, b, c, d):
    r = math.radians
    x = math.sin(r(c - a) / 2) ** 2 + math.cos(r(a)) * math.cos(r(c)) * math.sin(r(d - b) / 2) ** 2
    return 2 * 6371.0 * math.asin(math.sqrt(x))
def area_covers(area, pid): return area is None or PERSON_UNIT[pid] in AREAS[area]

ids = [r['id'] for r in D]
if len(ids) != len(set(ids)): bad('duplicate service ids')
if not 140 <= len(D) <= 170: bad('%d services, want 140-170' % len(D))
by_id = {r['id']: r for r in D}; by_name = {}
for r in D:
    if r['name'] in by_name: bad('duplicate service name %r' % r['name'])
    by_name[r['name']] = r['id']
sub = Counter(x['id'] for r in D for k in ('service_at_locations', 'contacts', 'phones', 'schedules', 'service_areas', 'attributes', 'languages') for x in r.get(k, []))
if any(n > 1 for n in sub.values()): bad('duplicate sub-record ids')
for r in D:
    for k in ('id', 'organization_id'):
        if not re.match(r'[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$', r[k]): bad('%s: %s not UUIDv5' % (r['name'], k))
def sites(sid):
    """True (town, lat, lon) of every physical site; the label holds the first (also for no-coordinate first sites)."""
    out = []
    for j, s in enumerate(by_id[sid]['service_at_locations']):
        l0 = s['location']; town = l0['addresses'][0]['city']
        if j == 0: out.append((town, L[sid]['lat'], L[sid]['lon']))
        else: out.append((town, l0['latitude'], l0['longitude']))
    return out
def reasons(p, sid, site=None):
    """Plain reasons why service sid is wrong for person p. In person: judged at `site` (default: the label's site)."""
    t, lab, out = p['truth'], L[sid], []
    if not lab['active']: out.append('inactive')
    if t['mustBeFree'] and not lab['free']: out.append('paid (%s) but must be free' % by_id[sid].get('fees'))
    if lab['minAge'] is not None and p['age'] < lab['minAge']: out.append('age %d below minimum %d' % (p['age'], lab['minAge']))
    if lab['maxAge'] is not None and p['age'] > lab['maxAge']: out.append('age %d above maximum %d' % (p['age'], lab['maxAge']))
    if lab['mode'] in t['avoidModes']: out.append('mode %s avoided' % lab['mode'])
    if lab['mode'] in REMOTE and not t['remoteOk']: out.append('remote (%s) but remoteOk is false' % lab['mode'])
    if not area_covers(lab['area'], p['id']): out.append('service area %s; person lives in %s (%s)' % (lab['area'], PERSON_UNIT[p['id']], DIST_AUTH[PERSON_UNIT[p['id']]]))
    if lab['mode'] == 'in_person':
        town, la, lo = site or (lab['town'], lab['lat'], lab['lon'])
        d = km(t['lat'], t['lon'], la, lo)
        if d > t['maxTravelKm']: out.append('%.1f km away (%s), limit %s km' % (d, town, t['maxTravelKm']))
        ps, ss = side_u(PERSON_UNIT[p['id']]), side_t(town)
        if 'no barrier' not in (ps, ss) and ps != ss: out.append('across the Mersey (%s; person on the %s)' % (town, ps))
    return out
def best(p, sid):
    """Verdict at the nearest reachable site: the fewest reasons over all sites."""
    return min((reasons(p, sid, s) for s in sites(sid)), key=len) if L[sid]['mode'] == 'in_person' else reasons(p, sid)

if set(L) != set(by_id): bad('label ids differ from directory ids')
PAID = re.compile(r'£\s?0*[1-9]|£\s?0\.\d*[1-9]|\b\d+p\b|%')
def looks_paid(fee):
    if fee is None: return False
    f = fee.lower()
    if 'donation' in f or 'pay what you can' in f: return False
    if 'otherwise' in f and PAID.search(f): return True
    if re.match(r'free\b', f): return False
    return bool(PAID.search(f))
terms_used = Counter(); seen_nocoord, seen_bad = set(), set(); multisite = set()
for sid, r in by_id.items():
    lab = L.get(sid)
    if lab is None: continue
    if tuple(lab) != LABEL_KEYS: bad('%s: label keys %s' % (r['name'], list(lab)))
    if lab['name'] != r['name']: bad('%s: label name differs' % r['name'])
    if not lab['needs'] or not set(lab['needs']) <= NEEDS: bad('%s: needs %s' % (r['name'], lab['needs']))
    if lab['mode'] not in MODES: bad('%s: mode %s' % (r['name'], lab['mode']))
    if lab['active'] != (r['status'] == 'active'): bad('%s: status' % r['name'])
    if r['status'] == 'inactive' and not r.get('alert'): bad('%s: inactive without an alert' % r['name'])
    if lab['minAge'] != r.get('minimum_age') or lab['maxAge'] != r.get('maximum_age'): bad('%s: ages' % r['name'])
    if (lab['minAge'] is not None or lab['maxAge'] is not None) and not r.get('eligibility_description'): bad('%s: age limit not restated in words' % r['name'])
    areas = [a['name'] for a in r['service_areas']]
    if (' and '.join(areas) if areas else None) != lab['area']: bad('%s: area' % r['name'])
    for a in areas:
        if a not in AREAS: bad('%s: unknown service area %r' % (r['name'], a))
    if looks_paid(r.get('fees')) == lab['free']: bad('%s: fee %r but free=%s' % (r['name'], r.get('fees'), lab['free']))
    for lg in r.get('languages', []):
        if not re.match(r'[a-z]{2}$', lg['code']): bad('%s: language code %s' % (r['name'], lg['code']))
    locs = [s['location'] for s in r['service_at_locations']]
    if lab['mode'] == 'in_person':
        if not locs or any(l['location_type'] != 'physical' for l in locs): bad('%s: in person needs physical locations' % r['name']); continue
        if len(locs) > 1:
            multisite.add(r['name'])
            if len({l['addresses'][0]['city'] for l in locs}) != len(locs): bad('%s: sites should be in different towns' % r['name'])
            sch = r['schedules'][0]['description']
            if not all(l['addresses'][0]['city'].split('-')[0] in sch for l in locs): bad('%s: rota schedule does not name every village' % r['name'])
        if not in_region(lab['lat'], lab['lon']): bad('%s: label coords outside the region' % r['name'])
        if lab['town'] not in TOWN or CEREMONIAL[DIST_AUTH[sorted(TOWN[lab['town']])[0]]] != lab['county']: bad('%s: town/county %s/%s' % (r['name'], lab['town'], lab['county']))
        for j, l0 in enumerate(locs):
            pc = l0['addresses'][0]['postal_code']; city = l0['addresses'][0]['city']
            if j == 0 and r['name'] in BAD:
                seen_bad.add(r['name']); kind = BAD[r['name']]
                ok = {'zero': l0.get('latitude') == 0 and l0.get('longitude') == 0,
                      'osgb': (l0.get('latitude') or 0) > 1000 and (l0.get('longitude') or 0) > 1000}[kind]
                if not ok: bad('%s: not the documented unusable location (%s)' % (r['name'], kind))
            elif j == 0 and r['name'] in NOCOORD:
                seen_nocoord.add(r['name'])
                if 'latitude' in l0 or 'longitude' in l0: bad('%s: should have no coordinates' % r['name'])
            elif j == 0 and (l0.get('latitude') != lab['lat'] or l0.get('longitude') != lab['lon']): bad('%s: directory coords differ from label' % r['name'])
            elif j > 0 and not in_region(l0.get('latitude'), l0.get('longitude')): bad('%s: site %d outside the region' % (r['name'], j))
            m = re.match(r'([A-Z]{1,2}\d{1,2}) \d[A-Z]{2}$', pc)
            if not m or m.group(1) not in TOWN.get(city, set()): bad('%s: postcode %s does not fit %s' % (r['name'], pc, city))
            if m and l0['addresses'][0].get('region') and l0['addresses'][0]['region'] != CEREMONIAL[DIST_AUTH[m.group(1)]]: bad('%s: region' % r['name'])
        if locs[0]['addresses'][0]['city'] != lab['town']: bad('%s: address city' % r['name'])
    elif lab['mode'] == 'online':
        if len(locs) != 1 or locs[0]['location_type'] != 'virtual' or 'latitude' in locs[0] or not locs[0].get('url'): bad('%s: online location' % r['name'])
    elif locs: bad('%s: %s service has a location' % (r['name'], lab['mode']))
    if lab['mode'] != 'in_person' and any(lab[k] is not None for k in ('lat', 'lon', 'town', 'county')): bad('%s: remote label has coordinates' % r['name'])
    for ph in r['phones']:
        if not re.match(r'(0161 496 0\d{3}|0151 496 0\d{3}|01632 960\d{3}|07700 900\d{3})$', ph['number']): bad('%s: phone %s not in an Ofcom drama range' % (r['name'], ph['number']))
    if not r['url'].startswith('https://') or '.example/' not in r['url'] or not r['email'].endswith('.example'): bad('%s: url/email' % r['name'])
    taxes = {a['taxonomy_term']['taxonomy'] for a in r['attributes']}
    if len(taxes) > 1: bad('%s: mixes taxonomies' % r['name'])
    for a in r['attributes']:
        code = a['taxonomy_term']['term']; terms_used[code] += 1
        if code not in V['terms']: bad('%s: term %s missing from vocabulary.json' % (r['name'], code))
        elif V['terms'][code] not in lab['needs']: bad('%s: term %s maps to %s, not in label needs' % (r['name'], code, V['terms'][code]))
        if code in V['parents']: bad('%s: branch code %s used as an attribute' % (r['name'], code))
if seen_nocoord != NOCOORD: bad('no-coordinate records differ from the documented list: %s' % sorted(NOCOORD ^ seen_nocoord))
if seen_bad != set(BAD): bad('unusable-location records differ from the documented list')
for code in V['terms']:
    if code not in terms_used: bad('vocabulary term %s unused' % code)
    if code not in V['termNames']: bad('term %s has no name' % code)
for k in ('_why', 'taxonomy', 'secondTaxonomy', 'terms', 'termNames', 'parents', 'needs', 'barriers'):
    if k not in V: bad('vocabulary lacks %s' % k)
s9 = '/work/main/eval/plans/heldout-10/vocabulary.json'
if os.path.exists(s9):
    v9 = json.load(open(s9, encoding='utf-8'))
    if v9['needs'] != V['needs'] or v9['barriers'] != V['barriers']: bad("vocabulary needs/barriers differ from set 10's")
    if set(v9) != set(V): bad("vocabulary keys differ from set 10's")
else: print('note: set 10 vocabulary not found; needs/barriers equality not checked')

pids = [p['id'] for p in PEOPLE]
if pids != ['gm-%02d' % i for i in range(1, 13)]: bad('people ids %s' % pids)
report = []; area_only = []
for p in PEOPLE:
    t = p['truth']
    if list(p) != PERSON_KEYS: bad('%s keys %s' % (p['id'], list(p)))
    if not TRUTH_KEYS <= set(t) or set(t) - TRUTH_KEYS - {'unmetNeeds'}: bad('%s truth keys' % p['id'])
    if not set(p['needs']) <= PEOPLE_NEEDS: bad('%s needs %s' % (p['id'], p['needs']))
    if not set(p['barriers']) <= BARRIERS: bad('%s barriers %s' % (p['id'], p['barriers']))
    if not set(t['avoidModes']) <= AVOID: bad('%s avoidModes' % p['id'])
    if not in_region(t['lat'], t['lon']): bad('%s coords outside the region' % p['id'])
    if not 16 <= p['age'] <= 95: bad('%s age %d' % (p['id'], p['age']))
    if PERSON_UNIT[p['id']] not in t['place']: bad('%s: place %r does not name district %s' % (p['id'], t['place'], PERSON_UNIT[p['id']]))
    if p['id'] in VILLAGES and VILLAGES[p['id']] in p['area']: bad('%s types the village name; should answer with a district or nearby town' % p['id'])
    report.append('%s (%d, %r, %s, limit %s km%s%s):' % (p['id'], p['age'], p['area'], t['place'], t['maxTravelKm'], ', must be free' if t['mustBeFree'] else '',
                                                         ', avoids ' + '/'.join(t['avoidModes']) if t['avoidModes'] else ''))
    def consistent(name, sid):
        if name in multisite and (not reasons(p, sid)) != (not best(p, sid)): bad('%s uses multi-site %r where the label site and the nearest site disagree' % (p['id'], name))
    for name in t['expectSomething']:
        sid = by_name.get(name)
        if not sid: bad('%s expects unknown %r' % (p['id'], name)); continue
        if name in BAD: bad('%s expects %r, which has an unusable location' % (p['id'], name))
        consistent(name, sid); rs = reasons(p, sid)
        if rs: bad('%s expects %r but: %s' % (p['id'], name, '; '.join(rs)))
        if not set(L[sid]['needs']) & set(p['needs']): bad('%s expects %r which meets none of %s' % (p['id'], name, p['needs']))
        extra = ' %.1f km (%s)' % (km(t['lat'], t['lon'], L[sid]['lat'], L[sid]['lon']), L[sid]['town']) if L[sid]['mode'] == 'in_person' else ''
        report.append('   expect  %s (%s%s; %s; area %s)' % (name, L[sid]['mode'], extra, '/'.join(L[sid]['needs']), L[sid]['area']))
    if len(t['expectSomething']) < 3 or len(t['mustNotSuggest']) < 4: bad('%s: too few expected/forbidden' % p['id'])
    for name in t['mustNotSuggest']:
        sid = by_name.get(name)
        if not sid: bad('%s mustNot unknown %r' % (p['id'], name)); continue
        if name in BAD: bad('%s mustNot %r, which has an unusable location' % (p['id'], name))
        if name in t['expectSomething']: bad('%s: %r both expected and forbidden' % (p['id'], name))
        consistent(name, sid); rs = reasons(p, sid)
        if not rs: bad('%s mustNotSuggest %r has no plain reason' % (p['id'], name))
        if rs and all(x.startswith('service area') for x in rs): area_only.append((p['id'], name))
        if not set(L[sid]['needs']) & set(p['needs']): bad('%s mustNot %r is not even on-topic' % (p['id'], name))
        report.append('   NOT     %s: %s' % (name, '; '.join(rs)))
    for need in t.get('unmetNeeds', []):
        if need not in p['needs']: bad('%s unmet need %s not in needs' % (p['id'], need))
        ok = [L[s]['name'] for s in L if need in L[s]['needs'] and not best(p, s)]
        if ok: bad('%s: unmet need %s but eligible: %s' % (p['id'], need, ok))
        report.append('   UNMET   %s (nothing eligible at any site of any record)' % need)
    for need in p['needs']:
        if need in t.get('unmetNeeds', []): continue
        if not [s for s in L if need in L[s]['needs'] and not reasons(p, s)]: bad('%s: need %s has nothing eligible' % (p['id'], need))
        if not [n for n in t['expectSomething'] if by_name.get(n) and need in L[by_name[n]]['needs']]: bad('%s: need %s has no expected service' % (p['id'], need))
if len(area_only) < MIN_AREA_ONLY: bad('only %d mustNotSuggest pairs excluded by the service area alone (want %d)' % (len(area_only), MIN_AREA_ONLY))
if not any(p['truth'].get('unmetNeeds') for p in PEOPLE): bad('no person has an unmet need')
print('\n'.join(report))
c = Counter(l['mode'] for l in L.values())
print('\n%d services, %d organisations; modes %s; inactive %d; paid %d; service area %d; age-limited %d; with languages %d; no taxonomy %d; taxonomies %s'
      % (len(D), len({r['organization_id'] for r in D}), dict(c), sum(not l['active'] for l in L.values()),
         sum(not l['free'] for l in L.values()), sum(bool(l['area']) for l in L.values()),
         sum(l['minAge'] is not None or l['maxAge'] is not None for l in L.values()), sum(bool(r.get('languages')) for r in D),
         sum(not r['attributes'] for r in D), dict(Counter(next(iter({a['taxonomy_term']['taxonomy'] for a in r['attributes']}), None) for r in D))))
print('in person by county:', dict(Counter(l['county'] for l in L.values() if l['county'])))
print('service areas used:', dict(Counter(l['area'] for l in L.values() if l['area'])))
print('multi-site services: %d (%s)' % (len(multisite), ', '.join(sorted(multisite))))
print('no coordinates: %d; unusable locations: %d; pairs excluded by the service area alone: %d (%s)'
      % (len(NOCOORD), len(BAD), len(area_only), ', '.join('%s/%s' % x for x in area_only)))
print('expected %d, forbidden %d' % (sum(len(p['truth']['expectSomething']) for p in PEOPLE), sum(len(p['truth']['mustNotSuggest']) for p in PEOPLE)))
if problems:
    print('\nPROBLEMS (%d):' % len(problems)); print('\n'.join(' - ' + x for x in problems)); sys.exit(1)
print('\nOK: all checks pass')
