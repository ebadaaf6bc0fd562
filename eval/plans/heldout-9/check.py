#!/usr/bin/env python3
"""Check the Yorkshire and the Humber held-out set (set 9): ids unique; labels agree with the directory; every in-person
site lies inside the region with a real postcode district for its town; no-coordinate and unusable locations are exactly
the documented ones; the service-area containment table (units are POSTCODE DISTRICTS); the Humber rule (and that it never
excludes a venue the person could really reach by road over the Humber Bridge); multi-site services are only used in
people's lists where the label's first site gives the same verdict as the nearest site; people use only the allowed words;
every expected service is right for the person, every mustNotSuggest entry has a plain reason, every need has something
eligible (or is listed as unmet and really has nothing); areas.json equals the tables here.
Run: python3 check.py            (exit code 1 on any problem)
     python3 check.py --write-areas   (rewrite areas.json from the tables below, then check)"""
import json, math, os, re, sys
from collections import Counter
HERE = os.path.dirname(os.path.abspath(__file__))
def load(n): return json.load(open(os.path.join(HERE, n), encoding='utf-8'))
D, L, PEOPLE, V = load('directory-yh.json'), load('labels-yh.json'), load('people-heldout-9.json'), load('vocabulary.json')
NEEDS = {'money', 'housing', 'food', 'loneliness', 'mental_health', 'physical_activity', 'carers', 'employment', 'bereavement',
         'alcohol_drugs', 'digital', 'long_term_conditions', 'learning', 'parenting', 'arts', 'transport'}
PEOPLE_NEEDS = NEEDS - {'food'}
BARRIERS = {'anxiety', 'caring', 'childcare', 'confidence', 'cost', 'digital', 'hearing', 'language', 'mobility', 'rural',
            'stigma', 'transport'}
MODES = {'in_person', 'phone', 'online', 'home_visit'}
AVOID = {'in_person', 'online', 'phone'}
REMOTE = {'phone', 'online'}
PERSON_KEYS = ['id', 'age', 'area', 'story', 'needs', 'barriers', 'mattersMost', 'goals', 'notes', 'truth']
TRUTH_KEYS = {'lat', 'lon', 'place', 'maxTravelKm', 'mustBeFree', 'remoteOk', 'avoidModes', 'expectSomething', 'mustNotSuggest'}
LABEL_KEYS = ('name', 'needs', 'free', 'active', 'mode', 'lat', 'lon', 'town', 'county', 'minAge', 'maxAge', 'area')

# ---- containment. Units are postcode districts; each belongs to one authority. 'Craven' (Skipton, Grassington, Malham:
# BD23 -- a Bradford-looking postcode) is in North Yorkshire Council but in NHS WEST Yorkshire ICB (Bradford District and
# Craven place), not Humber and North Yorkshire. Bare 'North Yorkshire' is the CEREMONIAL county (includes the City of York);
# 'North Yorkshire Council area' is the administrative area (excludes York). 'East Riding of Yorkshire' is the council area
# (excludes Hull). Dewsbury and Batley (WF13, WF17) are Kirklees, not Wakefield District, despite the WF postcode.
DIST_AUTH = {**{'HU%d' % i: 'Hull' for i in range(1, 10)}, 'HU17': 'East Riding', 'HU18': 'East Riding', 'HU19': 'East Riding',
    'YO15': 'East Riding', 'YO16': 'East Riding', 'YO25': 'East Riding', 'DN14': 'East Riding', 'YO1': 'York', 'YO24': 'York', 'YO31': 'York',
    'YO11': 'North Yorkshire', 'YO12': 'North Yorkshire', 'YO14': 'North Yorkshire', 'YO21': 'North Yorkshire', 'YO22': 'North Yorkshire',
    'YO18': 'North Yorkshire', 'YO17': 'North Yorkshire', 'YO62': 'North Yorkshire', 'HG1': 'North Yorkshire', 'HG2': 'North Yorkshire',
    'DL7': 'North Yorkshire', 'DL8': 'North Yorkshire', 'DL10': 'North Yorkshire', 'DL11': 'North Yorkshire', 'BD23': 'Craven',
    'BD1': 'Bradford', 'BD3': 'Bradford', 'BD8': 'Bradford', 'BD21': 'Bradford', 'HX1': 'Calderdale', 'HX7': 'Calderdale',
    'HD1': 'Kirklees', 'WF13': 'Kirklees', 'WF17': 'Kirklees', 'WF1': 'Wakefield', 'DN1': 'Doncaster', 'DN4': 'Doncaster',
    'S60': 'Rotherham', 'S70': 'Barnsley', 'DN15': 'North Lincolnshire', 'DN18': 'North Lincolnshire', 'DN20': 'North Lincolnshire'}
def auth(*a): return {d for d, x in DIST_AUTH.items() if x in a}
WYK = ('Bradford', 'Calderdale', 'Kirklees', 'Wakefield'); SYK = ('Doncaster', 'Rotherham', 'Barnsley')
AREAS = {'Yorkshire and the Humber': set(DIST_AUTH),
    'West Yorkshire': auth(*WYK), 'West Yorkshire Combined Authority': auth(*WYK),
    'South Yorkshire Mayoral Combined Authority': auth(*SYK),
    'NHS Humber and North Yorkshire ICB': auth('Hull', 'East Riding', 'York', 'North Yorkshire', 'North Lincolnshire'),
    'NHS West Yorkshire ICB': auth(*WYK, 'Craven'), 'NHS South Yorkshire ICB': auth(*SYK),
    'North Yorkshire': auth('York', 'North Yorkshire', 'Craven'), 'North Yorkshire Council area': auth('North Yorkshire', 'Craven'),
    'City of York': auth('York'), 'East Riding of Yorkshire': auth('East Riding'), 'Kingston upon Hull': auth('Hull'),
    'Kirklees': auth('Kirklees'), 'Calderdale': auth('Calderdale'), 'Bradford District': auth('Bradford'), 'Wakefield District': auth('Wakefield'),
    'Barnsley': auth('Barnsley'), 'North Lincolnshire': auth('North Lincolnshire'), 'Craven District': auth('Craven'),
    'HU1–HU9': {'HU%d' % i for i in range(1, 10)}, 'YO11, YO12, YO14': {'YO11', 'YO12', 'YO14'}, 'DL8, DL10, DL11': {'DL8', 'DL10', 'DL11'}}
PERSON_UNIT = {'yh-01': 'YO22', 'yh-02': 'HD1', 'yh-03': 'HU17', 'yh-04': 'YO16', 'yh-05': 'BD3', 'yh-06': 'HX7', 'yh-07': 'BD23',
    'yh-08': 'WF13', 'yh-09': 'DN18', 'yh-10': 'HU3', 'yh-11': 'YO12', 'yh-12': 'DN4'}
# label town -> real postcode districts (a site's postcode must be one of them)
TOWN = {'Hull': {'HU1', 'HU3', 'HU5', 'HU9'}, 'Beverley': {'HU17'}, 'Hornsea': {'HU18'}, 'Withernsea': {'HU19'}, 'Bridlington': {'YO15', 'YO16'},
    'Driffield': {'YO25'}, 'Goole': {'DN14'}, 'York': {'YO1', 'YO24', 'YO31'}, 'Scarborough': {'YO11', 'YO12'}, 'Filey': {'YO14'},
    'Whitby': {'YO21'}, "Robin Hood's Bay": {'YO22'}, 'Pickering': {'YO18'}, 'Malton': {'YO17'}, 'Hutton-le-Hole': {'YO62'},
    'Harrogate': {'HG1', 'HG2'}, 'Northallerton': {'DL7'}, 'Richmond': {'DL10'}, 'Reeth': {'DL11'}, 'Skipton': {'BD23'},
    'Grassington': {'BD23'}, 'Malham': {'BD23'}, 'Bradford': {'BD1', 'BD3', 'BD8'}, 'Keighley': {'BD21'}, 'Halifax': {'HX1'},
    'Hebden Bridge': {'HX7'}, 'Huddersfield': {'HD1'}, 'Dewsbury': {'WF13'}, 'Batley': {'WF17'}, 'Wakefield': {'WF1'},
    'Doncaster': {'DN1', 'DN4'}, 'Rotherham': {'S60'}, 'Barnsley': {'S70'}, 'Scunthorpe': {'DN15'}, 'Barton-upon-Humber': {'DN18'}, 'Brigg': {'DN20'}}
CEREMONIAL = {'Hull': 'East Riding of Yorkshire', 'East Riding': 'East Riding of Yorkshire', 'York': 'North Yorkshire', 'North Yorkshire': 'North Yorkshire',
    'Craven': 'North Yorkshire', 'Bradford': 'West Yorkshire', 'Calderdale': 'West Yorkshire', 'Kirklees': 'West Yorkshire', 'Wakefield': 'West Yorkshire',
    'Doncaster': 'South Yorkshire', 'Rotherham': 'South Yorkshire', 'Barnsley': 'South Yorkshire', 'North Lincolnshire': 'Lincolnshire'}
# ---- the Humber. The south bank (North Lincolnshire) and the north bank are joined only by the Humber Bridge (Hessle to
# Barton, 2.2 km) for anyone without a boat. Nobody in this set crosses for an in-person service: the rule below says a venue
# on the other side is out of reach at any straight-line distance, and ROAD_CHECK proves that for every on-topic venue across
# the water the road distance via the bridge is beyond the person's limit anyway (so the rule never hides a real option).
SOUTH_TOWNS = {'Scunthorpe', 'Barton-upon-Humber', 'Brigg'}; SOUTH_UNITS = auth('North Lincolnshire')
BRIDGE_N, BRIDGE_S, BRIDGE_KM = (53.7225, -0.4490), (53.7090, -0.4520), 2.2
NOCOORD = {'Bradford Urdu Wellbeing Circle', 'Barton Family Hub Stay and Play', 'Scarborough Art on Prescription', 'Hebden Bridge Arts Cafe',
           'Reeth Over 60s Lunch', 'Doncaster Sight Loss Social Club'}
BAD = {'Keighley Community Choir': 'zero', 'Withernsea Lunch Club': 'swapped'}
def in_region(lat, lon): return isinstance(lat, (int, float)) and isinstance(lon, (int, float)) and 53.30 < lat < 54.60 and -2.40 < lon < 0.20
def areas_json():
    return {'_why': "Copied from this set's own check.py (AREAS, PERSON_UNIT, SOUTH_TOWNS/SOUTH_UNITS) and README ('Service areas', 'Reach across the Humber'): units are postcode districts; which districts each service-area name covers, the district the author placed each person in, and which bank of the Humber each labelled town and district is on (an in-person venue across the estuary is out of reach for everyone in this set, whatever the straight-line distance; check.py proves the road distance via the Humber Bridge is over every affected person's limit). Read by the scorer only, never by the product.",
            'contains': {a: sorted(u) for a, u in sorted(AREAS.items())}, 'personUnit': PERSON_UNIT,
            'sides': {'towns': {t: ('south of the Humber' if t in SOUTH_TOWNS else 'north of the Humber') for t in TOWN},
                      'units': {u: 'south of the Humber' for u in sorted(SOUTH_UNITS)}, 'otherwise': 'north of the Humber'}}
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
def south(town=None, unit=None): return town in SOUTH_TOWNS if town else unit in SOUTH_UNITS
def road_via_bridge(plat, plon, psouth, vlat, vlon):
    a, b = (BRIDGE_S, BRIDGE_N) if psouth else (BRIDGE_N, BRIDGE_S)
    return km(plat, plon, *a) + BRIDGE_KM + km(*b, vlat, vlon)

ids = [r['id'] for r in D]
if len(ids) != len(set(ids)): bad('duplicate service ids')
by_id = {r['id']: r for r in D}; by_name = {}
for r in D:
    if r['name'] in by_name: bad('duplicate service name %r' % r['name'])
    by_name[r['name']] = r['id']
sub = Counter(x['id'] for r in D for k in ('service_at_locations', 'contacts', 'phones', 'schedules', 'service_areas', 'attributes') for x in r.get(k, []))
if any(n > 1 for n in sub.values()): bad('duplicate sub-record ids')
for r in D:
    for k in ('id', 'organization_id'):
        if not re.match(r'[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$', r[k]): bad('%s: %s not UUIDv5' % (r['name'], k))
def sites(sid):
    """True (town, lat, lon) of every physical site; the label holds the first."""
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
    if not area_covers(lab['area'], p['id']): out.append('service area %s; person lives in %s' % (lab['area'], PERSON_UNIT[p['id']]))
    if lab['mode'] == 'in_person':
        town, la, lo = site or (lab['town'], lab['lat'], lab['lon'])
        d = km(t['lat'], t['lon'], la, lo)
        if d > t['maxTravelKm']: out.append('%.1f km away, limit %s km' % (d, t['maxTravelKm']))
        if south(town=town) != south(unit=PERSON_UNIT[p['id']]): out.append('across the Humber (%.1f km in a straight line, %.1f km by road over the bridge)' % (d, road_via_bridge(t['lat'], t['lon'], south(unit=PERSON_UNIT[p['id']]), la, lo)))
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
    areas = [a['name'] for a in r['service_areas']]
    if (areas[0] if areas else None) != lab['area']: bad('%s: area' % r['name'])
    for a in areas:
        if a not in AREAS: bad('%s: unknown service area %r' % (r['name'], a))
    if looks_paid(r.get('fees')) == lab['free']: bad('%s: fee %r but free=%s' % (r['name'], r.get('fees'), lab['free']))
    locs = [s['location'] for s in r['service_at_locations']]
    if lab['mode'] == 'in_person':
        if not locs or any(l['location_type'] != 'physical' for l in locs): bad('%s: in person needs physical locations' % r['name']); continue
        if len(locs) > 1:
            multisite.add(r['name'])
            if len({l['addresses'][0]['city'] for l in locs}) != len(locs): bad('%s: sites should be in different towns' % r['name'])
        if not in_region(lab['lat'], lab['lon']): bad('%s: label coords outside the region' % r['name'])
        if lab['town'] not in TOWN or CEREMONIAL[DIST_AUTH[sorted(TOWN[lab['town']])[0]]] != lab['county']: bad('%s: town/county %s/%s' % (r['name'], lab['town'], lab['county']))
        for j, l0 in enumerate(locs):
            pc = l0['addresses'][0]['postal_code']; city = l0['addresses'][0]['city']
            if j == 0 and r['name'] in BAD:
                seen_bad.add(r['name']); kind = BAD[r['name']]
                ok = {'zero': l0.get('latitude') == 0 and l0.get('longitude') == 0,
                      'swapped': l0.get('latitude') == lab['lon'] and l0.get('longitude') == lab['lat']}[kind]
                if not ok: bad('%s: not the documented unusable location (%s)' % (r['name'], kind))
            elif j == 0 and r['name'] in NOCOORD:
                seen_nocoord.add(r['name'])
                if 'latitude' in l0 or 'longitude' in l0: bad('%s: should have no coordinates' % r['name'])
            elif j == 0 and (l0.get('latitude') != lab['lat'] or l0.get('longitude') != lab['lon']): bad('%s: directory coords differ from label' % r['name'])
            elif j > 0 and not in_region(l0.get('latitude'), l0.get('longitude')): bad('%s: site %d outside the region' % (r['name'], j))
            m = re.match(r'([A-Z]{1,2}\d{1,2}) \d[A-Z]{2}$', pc)
            if not m or m.group(1) not in TOWN.get(city, set()): bad('%s: postcode %s does not fit %s' % (r['name'], pc, city))
        if locs[0]['addresses'][0]['city'] != lab['town']: bad('%s: address city' % r['name'])
    elif lab['mode'] == 'online':
        if len(locs) != 1 or locs[0]['location_type'] != 'virtual' or 'latitude' in locs[0] or not locs[0].get('url'): bad('%s: online location' % r['name'])
    elif locs: bad('%s: %s service has a location' % (r['name'], lab['mode']))
    if lab['mode'] != 'in_person' and any(lab[k] is not None for k in ('lat', 'lon', 'town', 'county')): bad('%s: remote label has coordinates' % r['name'])
    for ph in r['phones']:
        if not re.match(r'(0113 496 0\d{3}|0114 496 0\d{3}|01632 960\d{3}|0808 157 0\d{3}|07700 900\d{3})$', ph['number']): bad('%s: phone %s not in an Ofcom drama range' % (r['name'], ph['number']))
    if not r['url'].startswith('https://') or '.example/' not in r['url']: bad('%s: url' % r['name'])
    taxes = {a['taxonomy_term']['taxonomy'] for a in r['attributes']}
    if len(taxes) > 1: bad('%s: mixes taxonomies' % r['name'])
    for a in r['attributes']:
        code = a['taxonomy_term']['term']; terms_used[code] += 1
        if code not in V['terms']: bad('%s: term %s missing from vocabulary.json' % (r['name'], code))
        elif V['terms'][code] not in lab['needs']: bad('%s: term %s maps to %s, not in label needs' % (r['name'], code, V['terms'][code]))
if seen_nocoord != NOCOORD: bad('no-coordinate records differ from the documented list: %s' % sorted(NOCOORD ^ seen_nocoord))
if seen_bad != set(BAD): bad('unusable-location records differ from the documented list')
for code in V['terms']:
    if code not in terms_used: bad('vocabulary term %s unused' % code)
    if code not in V['termNames']: bad('term %s has no name' % code)
for k in ('_why', 'taxonomy', 'secondTaxonomy', 'terms', 'termNames', 'parents', 'needs', 'barriers'):
    if k not in V: bad('vocabulary lacks %s' % k)
s8 = os.path.join(HERE, '..', '..', '..', 'main', 'eval', 'plans', 'heldout-8', 'vocabulary.json')
for cand in (s8, '/work/main/eval/plans/heldout-8/vocabulary.json'):
    if os.path.exists(cand):
        v8 = json.load(open(cand, encoding='utf-8'))
        if v8['needs'] != V['needs'] or v8['barriers'] != V['barriers']: bad("vocabulary needs/barriers differ from set 8's")
        break

pids = [p['id'] for p in PEOPLE]
if pids != ['yh-%02d' % i for i in range(1, 13)]: bad('people ids %s' % pids)
report = []; humber_pairs = 0
for p in PEOPLE:
    t = p['truth']
    if list(p) != PERSON_KEYS: bad('%s keys %s' % (p['id'], list(p)))
    if not TRUTH_KEYS <= set(t) or set(t) - TRUTH_KEYS - {'unmetNeeds'}: bad('%s truth keys' % p['id'])
    if not set(p['needs']) <= PEOPLE_NEEDS: bad('%s needs %s' % (p['id'], p['needs']))
    if not set(p['barriers']) <= BARRIERS: bad('%s barriers %s' % (p['id'], p['barriers']))
    if not set(t['avoidModes']) <= AVOID: bad('%s avoidModes' % p['id'])
    if not in_region(t['lat'], t['lon']): bad('%s coords outside the region' % p['id'])
    if not 16 <= p['age'] <= 92: bad('%s age %d' % (p['id'], p['age']))
    if PERSON_UNIT[p['id']] not in t['place']: bad('%s: place %r does not name district %s' % (p['id'], t['place'], PERSON_UNIT[p['id']]))
    report.append('%s (%d, %r, %s):' % (p['id'], p['age'], p['area'], t['place']))
    def consistent(name, sid):
        if name in multisite and (not reasons(p, sid)) != (not best(p, sid)): bad('%s uses multi-site %r where the label site and the nearest site disagree' % (p['id'], name))
    for name in t['expectSomething']:
        sid = by_name.get(name)
        if not sid: bad('%s expects unknown %r' % (p['id'], name)); continue
        if name in BAD: bad('%s expects %r, which has an unusable location' % (p['id'], name))
        consistent(name, sid); rs = reasons(p, sid)
        if rs: bad('%s expects %r but: %s' % (p['id'], name, '; '.join(rs)))
        if not set(L[sid]['needs']) & set(p['needs']): bad('%s expects %r which meets none of %s' % (p['id'], name, p['needs']))
        report.append('   expect  %s (%s)' % (name, L[sid]['mode']))
    for name in t['mustNotSuggest']:
        sid = by_name.get(name)
        if not sid: bad('%s mustNot unknown %r' % (p['id'], name)); continue
        if name in BAD: bad('%s mustNot %r, which has an unusable location' % (p['id'], name))
        if name in t['expectSomething']: bad('%s: %r both expected and forbidden' % (p['id'], name))
        consistent(name, sid); rs = reasons(p, sid)
        if not rs: bad('%s mustNotSuggest %r has no plain reason' % (p['id'], name))
        if rs and all(x.startswith('across the Humber') for x in rs): humber_pairs += 1
        if not set(L[sid]['needs']) & set(p['needs']): bad('%s mustNot %r is not even on-topic' % (p['id'], name))
        report.append('   NOT     %s: %s' % (name, '; '.join(rs)))
    for need in t.get('unmetNeeds', []):
        if need not in p['needs']: bad('%s unmet need %s not in needs' % (p['id'], need))
        ok = [L[s]['name'] for s in L if need in L[s]['needs'] and not best(p, s)]
        if ok: bad('%s: unmet need %s but eligible: %s' % (p['id'], need, ok))
    for need in p['needs']:
        if need in t.get('unmetNeeds', []): continue
        if not [s for s in L if need in L[s]['needs'] and not reasons(p, s)]: bad('%s: need %s has nothing eligible' % (p['id'], need))
    # ROAD_CHECK: the Humber rule must never hide a venue reachable by road over the bridge.
    ps = south(unit=PERSON_UNIT[p['id']])
    for sid, lab in L.items():
        if lab['mode'] != 'in_person' or not set(lab['needs']) & set(p['needs']): continue
        for town, la, lo in sites(sid):
            if south(town=town) != ps and road_via_bridge(t['lat'], t['lon'], ps, la, lo) <= t['maxTravelKm']:
                bad('%s: %r (%s) across the Humber is within %s km by road over the bridge' % (p['id'], lab['name'], town, t['maxTravelKm']))
if humber_pairs < 2: bad('fewer than 2 mustNotSuggest pairs excluded only by the Humber rule')
print('\n'.join(report))
c = Counter(l['mode'] for l in L.values())
print('\n%d services, %d organisations; modes %s; inactive %d; paid %d; service area %d; age-limited %d; no taxonomy %d; taxonomies %s'
      % (len(D), len({r['organization_id'] for r in D}), dict(c), sum(not l['active'] for l in L.values()),
         sum(not l['free'] for l in L.values()), sum(bool(l['area']) for l in L.values()),
         sum(l['minAge'] is not None or l['maxAge'] is not None for l in L.values()), sum(not r['attributes'] for r in D),
         dict(Counter(next(iter({a['taxonomy_term']['taxonomy'] for a in r['attributes']}), None) for r in D))))
print('service areas used:', dict(Counter(l['area'] for l in L.values() if l['area'])))
print('multi-site services: %d (%s)' % (len(multisite), ', '.join(sorted(multisite))))
print('no coordinates: %d; unusable locations: %d; pairs excluded only by the Humber: %d' % (len(NOCOORD), len(BAD), humber_pairs))
if problems:
    print('\nPROBLEMS (%d):' % len(problems)); print('\n'.join(' - ' + x for x in problems)); sys.exit(1)
print('\nOK: all checks pass')
