#!/usr/bin/env python3
"""Check the East Midlands & Lincolnshire held-out set (set 7): ids unique; labels agree with the directory; every
in-person label lies inside the region with a real postcode district for its town; the service-area containment table;
people use only the allowed words; every expected service is right for the person, every mustNotSuggest entry has a
plain reason, every need has something eligible (or is listed as unmet and really has nothing).
Run: python3 check.py   (exit code 1 on any problem)"""
import json, math, os, re, sys
from collections import Counter
HERE = os.path.dirname(os.path.abspath(__file__))
def load(n): return json.load(open(os.path.join(HERE, n), encoding='utf-8'))
D, L, PEOPLE, V = load('directory-em.json'), load('labels-em.json'), load('people-heldout-7.json'), load('vocabulary.json')
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

# ---- containment: service area -> local-authority districts it covers. County names are CEREMONIAL counties and
# include their unitary city (Nottinghamshire includes Nottingham, Leicestershire Leicester, Derbyshire Derby).
DISTRICT_COUNTY = {'Nottingham': 'Nottinghamshire', 'Mansfield': 'Nottinghamshire', 'Leicester': 'Leicestershire',
    'Charnwood': 'Leicestershire', 'Derby': 'Derbyshire', 'Chesterfield': 'Derbyshire', 'Derbyshire Dales': 'Derbyshire',
    'Lincoln': 'Lincolnshire', 'Boston Borough': 'Lincolnshire', 'East Lindsey': 'Lincolnshire', 'South Holland': 'Lincolnshire',
    'West Lindsey': 'Lincolnshire', 'North Kesteven': 'Lincolnshire'}
ICB = {'Nottinghamshire': 'NHS Nottingham and Nottinghamshire ICB', 'Leicestershire': 'NHS Leicester, Leicestershire and Rutland ICB',
       'Derbyshire': 'NHS Derby and Derbyshire ICB', 'Lincolnshire': 'NHS Lincolnshire ICB'}
AREAS = {'East Midlands': set(DISTRICT_COUNTY)}
for c in ICB:
    AREAS[c] = {d for d, k in DISTRICT_COUNTY.items() if k == c}; AREAS[ICB[c]] = AREAS[c]
for d in DISTRICT_COUNTY: AREAS[d] = {d}
PERSON_DISTRICT = {'em-01': 'Leicester', 'em-02': 'East Lindsey', 'em-03': 'Derbyshire Dales', 'em-04': 'Nottingham',
    'em-05': 'East Lindsey', 'em-06': 'Nottingham', 'em-07': 'East Lindsey', 'em-08': 'Derby', 'em-09': 'Chesterfield',
    'em-10': 'Charnwood'}
# label town -> (district, real postcode districts)
TOWN = {'Nottingham': ('Nottingham', {'NG1', 'NG2', 'NG3', 'NG5', 'NG6', 'NG7', 'NG8', 'NG11'}), 'Mansfield': ('Mansfield', {'NG18', 'NG19'}),
    'Leicester': ('Leicester', {'LE1', 'LE2', 'LE3', 'LE4', 'LE5'}), 'Loughborough': ('Charnwood', {'LE11'}),
    'Derby': ('Derby', {'DE1', 'DE21', 'DE22', 'DE23', 'DE24'}), 'Chesterfield': ('Chesterfield', {'S40', 'S41'}),
    'Matlock': ('Derbyshire Dales', {'DE4'}), 'Bakewell': ('Derbyshire Dales', {'DE45'}), 'Ashbourne': ('Derbyshire Dales', {'DE6'}),
    'Wirksworth': ('Derbyshire Dales', {'DE4'}), 'Lincoln': ('Lincoln', {'LN1', 'LN2', 'LN5', 'LN6'}), 'Boston': ('Boston Borough', {'PE21'}),
    'Skegness': ('East Lindsey', {'PE25'}), 'Mablethorpe': ('East Lindsey', {'LN12'}), 'Louth': ('East Lindsey', {'LN11'}),
    'Horncastle': ('East Lindsey', {'LN9'}), 'Spalding': ('South Holland', {'PE11', 'PE12'}), 'Gainsborough': ('West Lindsey', {'DN21'}),
    'Sleaford': ('North Kesteven', {'NG34'})}
def in_region(lat, lon): return isinstance(lat, (int, float)) and isinstance(lon, (int, float)) and 52.55 < lat < 53.55 and -1.95 < lon < 0.45
problems = []
def bad(msg): problems.append(msg)
def km(a, b, c, d):
    r = math.radians
    x = math.sin(r(c - a) / 2) ** 2 + math.cos(r(a)) * math.cos(r(c)) * math.sin(r(d - b) / 2) ** 2
    return 2 * 6371.0 * math.asin(math.sqrt(x))
def area_covers(area, pid): return area is None or PERSON_DISTRICT[pid] in AREAS[area]

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

def reasons(p, sid):
    t, lab, out = p['truth'], L[sid], []
    if not lab['active']: out.append('inactive')
    if t['mustBeFree'] and not lab['free']: out.append('paid (%s) but must be free' % by_id[sid].get('fees'))
    if lab['minAge'] is not None and p['age'] < lab['minAge']: out.append('age %d below minimum %d' % (p['age'], lab['minAge']))
    if lab['maxAge'] is not None and p['age'] > lab['maxAge']: out.append('age %d above maximum %d' % (p['age'], lab['maxAge']))
    if lab['mode'] in t['avoidModes']: out.append('mode %s avoided' % lab['mode'])
    if lab['mode'] in REMOTE and not t['remoteOk']: out.append('remote (%s) but remoteOk is false' % lab['mode'])
    if not area_covers(lab['area'], p['id']): out.append('service area %s; person lives in %s' % (lab['area'], PERSON_DISTRICT[p['id']]))
    if lab['mode'] == 'in_person':
        d = km(t['lat'], t['lon'], lab['lat'], lab['lon'])
        if d > t['maxTravelKm']: out.append('%.1f km away, limit %s km' % (d, t['maxTravelKm']))
    return out

if set(L) != set(by_id): bad('label ids differ from directory ids')
PAID = re.compile(r'£\s?0*[1-9]|£\s?0\.\d*[1-9]|\b\d+p\b|%')
def looks_paid(fee): return fee is not None and bool(PAID.search(fee)) and not re.match(r'(?i)free\b', fee)
terms_used = Counter()
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
        if len(locs) != 1 or locs[0]['location_type'] != 'physical': bad('%s: in person needs one physical location' % r['name']); continue
        if not in_region(lab['lat'], lab['lon']): bad('%s: label coords outside the region' % r['name'])
        if lab['town'] not in TOWN or DISTRICT_COUNTY[TOWN[lab['town']][0]] != lab['county']: bad('%s: town/county %s/%s' % (r['name'], lab['town'], lab['county']))
        l0 = locs[0]
        if l0.get('latitude') != lab['lat'] or l0.get('longitude') != lab['lon']: bad('%s: directory coords differ from label' % r['name'])
        pc = l0['addresses'][0]['postal_code']; m = re.match(r'([A-Z]{1,2}\d{1,2}) \d[A-Z]{2}$', pc)
        if not m or m.group(1) not in TOWN.get(lab['town'], ('', set()))[1]: bad('%s: postcode %s does not fit %s' % (r['name'], pc, lab['town']))
        if l0['addresses'][0]['city'] != lab['town']: bad('%s: address city' % r['name'])
    elif lab['mode'] == 'online':
        if len(locs) != 1 or locs[0]['location_type'] != 'virtual' or 'latitude' in locs[0] or not locs[0].get('url'): bad('%s: online location' % r['name'])
    elif locs: bad('%s: %s service has a location' % (r['name'], lab['mode']))
    if lab['mode'] != 'in_person' and any(lab[k] is not None for k in ('lat', 'lon', 'town', 'county')): bad('%s: remote label has coordinates' % r['name'])
    for ph in r['phones']:
        if not re.match(r'(0115 496 0\d{3}|0116 496 0\d{3}|01632 960\d{3}|0808 157 0\d{3}|07700 900\d{3})$', ph['number']): bad('%s: phone %s not in a drama range' % (r['name'], ph['number']))
    if not r['url'].startswith('https://') or '.example/' not in r['url']: bad('%s: url' % r['name'])
    taxes = {a['taxonomy_term']['taxonomy'] for a in r['attributes']}
    if len(taxes) > 1: bad('%s: mixes taxonomies' % r['name'])
    for a in r['attributes']:
        code = a['taxonomy_term']['term']; terms_used[code] += 1
        if code not in V['terms']: bad('%s: term %s missing from vocabulary.json' % (r['name'], code))
        elif V['terms'][code] not in lab['needs']: bad('%s: term %s maps to %s, not in label needs' % (r['name'], code, V['terms'][code]))
for code in V['terms']:
    if code not in terms_used: bad('vocabulary term %s unused' % code)
    if code not in V['termNames']: bad('term %s has no name' % code)
for k in ('_why', 'taxonomy', 'secondTaxonomy', 'terms', 'termNames', 'parents', 'needs', 'barriers'):
    if k not in V: bad('vocabulary lacks %s' % k)

pids = [p['id'] for p in PEOPLE]
if pids != ['em-%02d' % i for i in range(1, 11)]: bad('people ids %s' % pids)
report = []
for p in PEOPLE:
    t = p['truth']
    if list(p) != PERSON_KEYS: bad('%s keys %s' % (p['id'], list(p)))
    if not TRUTH_KEYS <= set(t) or set(t) - TRUTH_KEYS - {'unmetNeeds'}: bad('%s truth keys' % p['id'])
    if not set(p['needs']) <= PEOPLE_NEEDS: bad('%s needs %s' % (p['id'], p['needs']))
    if not set(p['barriers']) <= BARRIERS: bad('%s barriers %s' % (p['id'], p['barriers']))
    if not set(t['avoidModes']) <= AVOID: bad('%s avoidModes' % p['id'])
    if not in_region(t['lat'], t['lon']): bad('%s coords outside the region' % p['id'])
    report.append('%s (%d, %r, %s):' % (p['id'], p['age'], p['area'], t['place']))
    for name in t['expectSomething']:
        sid = by_name.get(name)
        if not sid: bad('%s expects unknown %r' % (p['id'], name)); continue
        rs = reasons(p, sid)
        if rs: bad('%s expects %r but: %s' % (p['id'], name, '; '.join(rs)))
        if not set(L[sid]['needs']) & set(p['needs']): bad('%s expects %r which meets none of %s' % (p['id'], name, p['needs']))
        report.append('   expect  %s (%s)' % (name, L[sid]['mode']))
    for name in t['mustNotSuggest']:
        sid = by_name.get(name)
        if not sid: bad('%s mustNot unknown %r' % (p['id'], name)); continue
        if name in t['expectSomething']: bad('%s: %r both expected and forbidden' % (p['id'], name))
        rs = reasons(p, sid)
        if not rs: bad('%s mustNotSuggest %r has no plain reason' % (p['id'], name))
        if not set(L[sid]['needs']) & set(p['needs']): bad('%s mustNot %r is not even on-topic' % (p['id'], name))
        report.append('   NOT     %s: %s' % (name, '; '.join(rs)))
    for need in t.get('unmetNeeds', []):
        if need not in p['needs']: bad('%s unmet need %s not in needs' % (p['id'], need))
        ok = [L[s]['name'] for s in L if need in L[s]['needs'] and not reasons(p, s)]
        if ok: bad('%s: unmet need %s but eligible: %s' % (p['id'], need, ok))
    for need in p['needs']:
        if need in t.get('unmetNeeds', []): continue
        if not [s for s in L if need in L[s]['needs'] and not reasons(p, s)]: bad('%s: need %s has nothing eligible' % (p['id'], need))
print('\n'.join(report))
c = Counter(l['mode'] for l in L.values())
print('\n%d services, %d organisations; modes %s; inactive %d; paid %d; service area %d; age-limited %d; no taxonomy %d; taxonomies %s'
      % (len(D), len({r['organization_id'] for r in D}), dict(c), sum(not l['active'] for l in L.values()),
         sum(not l['free'] for l in L.values()), sum(bool(l['area']) for l in L.values()),
         sum(l['minAge'] is not None or l['maxAge'] is not None for l in L.values()), sum(not r['attributes'] for r in D),
         dict(Counter(next(iter({a['taxonomy_term']['taxonomy'] for a in r['attributes']}), None) for r in D))))
print('service areas used:', dict(Counter(l['area'] for l in L.values() if l['area'])))
if problems:
    print('\nPROBLEMS (%d):' % len(problems)); print('\n'.join(' - ' + x for x in problems)); sys.exit(1)
print('\nOK: all checks pass')
