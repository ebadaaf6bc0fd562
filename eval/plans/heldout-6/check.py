#!/usr/bin/env python3
"""Check the London / Kent / East Sussex held-out set (set 6, adapted from set 4): ids unique; labels agree with the directory except where a record's
location is deliberately broken; every in-person label lies inside the region; the service-area containment table;
people use only the allowed words; every expected service is right for the person, every mustNotSuggest entry has a
plain reason, every unmet need really has nothing in reach and every other need has something.
Distances use the TRUE label coordinates (plus the further sites of multi-site records, which are never broken).
Run: python3 check.py   (exit code 1 on any problem)"""
import json, math, os, re, sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
def load(n): return json.load(open(os.path.join(HERE, n), encoding='utf-8'))
D, L, PEOPLE, V = load('directory-se.json'), load('labels-se.json'), load('people-heldout-6.json'), load('vocabulary.json')

# The words the NI (set 4) people use; nothing else is allowed here.
NEEDS = {'money', 'housing', 'food', 'loneliness', 'mental_health', 'physical_activity', 'carers', 'employment', 'bereavement',
         'alcohol_drugs', 'digital', 'long_term_conditions', 'learning', 'parenting', 'arts', 'transport'}   # label needs
PEOPLE_NEEDS = NEEDS - {'food'}
BARRIERS = {'anxiety', 'caring', 'childcare', 'confidence', 'cost', 'digital', 'hearing', 'language', 'mobility', 'rural',
            'stigma', 'transport'}
MODES = {'in_person', 'phone', 'online', 'home_visit'}
AVOID = {'in_person', 'online', 'phone'}
REMOTE = {'phone', 'online'}
PERSON_KEYS = ['id', 'age', 'area', 'story', 'needs', 'barriers', 'mattersMost', 'goals', 'notes', 'truth']
TRUTH_KEYS = {'lat', 'lon', 'place', 'maxTravelKm', 'mustBeFree', 'remoteOk', 'avoidModes', 'expectSomething', 'mustNotSuggest'}
LABEL_KEYS = ('name', 'needs', 'free', 'active', 'mode', 'lat', 'lon', 'town', 'county', 'minAge', 'maxAge', 'area')

# ---- containment: service area -> units it covers (None / 'England' = everyone). Units are London boroughs and, outside
# London, districts (Romney Marsh is its own unit: the Marsh villages of Folkestone and Hythe district).
LONDON_SEL = {'Lewisham', 'Southwark', 'Lambeth', 'Croydon'}
LONDON_NEL = {'Tower Hamlets', 'Newham', 'Barking and Dagenham'}
KENT = {'Thanet', 'Canterbury', 'Folkestone', 'Romney Marsh', 'Dover', 'Ashford'}
ESX = {'Hastings', 'Eastbourne', 'Rother'}
UNITS = LONDON_SEL | LONDON_NEL | KENT | ESX
AREAS = {'South East London': LONDON_SEL, 'North East London': LONDON_NEL, 'Kent': KENT, 'Kent and Medway': KENT,
         'East Sussex': ESX, 'Sussex': ESX, 'Thanet': {'Thanet'}, 'Romney Marsh': {'Romney Marsh'}}
AREAS.update({b: {b} for b in LONDON_SEL | LONDON_NEL})
COUNTIES = LONDON_SEL | LONDON_NEL | {'Kent', 'East Sussex'}   # label 'county': the borough in London, else the county
PERSON_AREA = {'se-01': 'Newham', 'se-02': 'Romney Marsh', 'se-03': 'Hastings', 'se-04': 'Croydon', 'se-05': 'Lewisham',
               'se-06': 'Thanet', 'se-07': 'Tower Hamlets', 'se-08': 'Canterbury', 'se-09': 'Barking and Dagenham',
               'se-10': 'Eastbourne'}
BROKEN = {}   # no deliberately broken locations in this set
# real postcode districts of each label town
PCD = {'Lewisham': {'SE13'}, 'Lee': {'SE12', 'SE13'}, 'Catford': {'SE6'}, 'Peckham': {'SE15'}, 'Walworth': {'SE17'},
       'Kennington': {'SE11'}, 'West Norwood': {'SE27'}, 'Croydon': {'CR0'}, 'Thornton Heath': {'CR7'}, 'Whitechapel': {'E1'},
       'Poplar': {'E14'}, 'Stratford': {'E15'}, 'Forest Gate': {'E7'}, 'East Ham': {'E6'}, 'Barking': {'IG11'}, 'Dagenham': {'RM10', 'RM9'},
       'Margate': {'CT9'}, 'Ramsgate': {'CT11', 'CT12'}, 'Canterbury': {'CT1', 'CT2'}, 'Folkestone': {'CT19', 'CT20'}, 'Dover': {'CT16', 'CT17'},
       'Ashford': {'TN23', 'TN24'}, 'Tenterden': {'TN30'}, 'New Romney': {'TN28'}, 'Dymchurch': {'TN29'}, 'Lydd': {'TN29'},
       'Brookland': {'TN29'}, 'Hastings': {'TN34', 'TN35'}, 'St Leonards-on-Sea': {'TN37', 'TN38'}, 'Eastbourne': {'BN20', 'BN21', 'BN22', 'BN23'},
       'Rye': {'TN31'}}
TOWN_UNIT = {'Lewisham': 'Lewisham', 'Lee': 'Lewisham', 'Catford': 'Lewisham', 'Peckham': 'Southwark', 'Walworth': 'Southwark',
             'Kennington': 'Lambeth', 'West Norwood': 'Lambeth', 'Croydon': 'Croydon', 'Thornton Heath': 'Croydon',
             'Whitechapel': 'Tower Hamlets', 'Poplar': 'Tower Hamlets', 'Stratford': 'Newham', 'Forest Gate': 'Newham', 'East Ham': 'Newham',
             'Barking': 'Barking and Dagenham', 'Dagenham': 'Barking and Dagenham', 'Margate': 'Thanet', 'Ramsgate': 'Thanet',
             'Canterbury': 'Canterbury', 'Folkestone': 'Folkestone', 'Dover': 'Dover', 'Ashford': 'Ashford', 'Tenterden': 'Ashford',
             'New Romney': 'Romney Marsh', 'Dymchurch': 'Romney Marsh', 'Lydd': 'Romney Marsh', 'Brookland': 'Romney Marsh',
             'Hastings': 'Hastings', 'St Leonards-on-Sea': 'Hastings', 'Eastbourne': 'Eastbourne', 'Rye': 'Rother'}
def in_ni(lat, lon): return isinstance(lat, (int, float)) and isinstance(lon, (int, float)) and 50.70 < lat < 51.60 and -0.20 < lon < 1.50

problems = []
def bad(msg): problems.append(msg)

def km(a, b, c, d):
    r = math.radians
    x = math.sin(r(c - a) / 2) ** 2 + math.cos(r(a)) * math.cos(r(c)) * math.sin(r(d - b) / 2) ** 2
    return 2 * 6371.0 * math.asin(math.sqrt(x))

def area_covers(area, pid):
    if area is None or area == 'England': return True
    return PERSON_AREA[pid] in AREAS.get(area, set())

for a, us in AREAS.items():
    if not us <= UNITS: bad('area %s lists unknown units' % a)
for pid, u in PERSON_AREA.items():
    if u not in UNITS: bad('%s: unknown unit %s' % (pid, u))
if set(TOWN_UNIT) != set(PCD) or not set(TOWN_UNIT.values()) <= UNITS: bad('town tables inconsistent')

ids = [r['id'] for r in D]
if len(ids) != len(set(ids)): bad('duplicate service ids')
by_id = {r['id']: r for r in D}
by_name = {}
for r in D:
    if r['name'] in by_name: bad('duplicate service name %r' % r['name'])
    by_name[r['name']] = r['id']
sub_ids = Counter(x['id'] for r in D for k in ('service_at_locations', 'contacts', 'phones', 'schedules', 'service_areas', 'attributes') for x in r.get(k, []))
if any(n > 1 for n in sub_ids.values()): bad('duplicate sub-record ids')
for b in BROKEN:
    if b not in by_name: bad('broken record %r missing' % b)

def sites(sid):
    lab = L[sid]
    pts = [(lab['lat'], lab['lon'])]
    for sal in by_id[sid]['service_at_locations'][1:]:
        loc = sal['location']; pts.append((loc['latitude'], loc['longitude']))
    return pts

def reasons(p, sid, primary_only=False):
    t, lab, out = p['truth'], L[sid], []
    if not lab['active']: out.append('inactive')
    if t['mustBeFree'] and not lab['free']: out.append('paid (%s) but must be free' % by_id[sid].get('fees'))
    if lab['minAge'] is not None and p['age'] < lab['minAge']: out.append('age %d below minimum %d' % (p['age'], lab['minAge']))
    if lab['maxAge'] is not None and p['age'] > lab['maxAge']: out.append('age %d above maximum %d' % (p['age'], lab['maxAge']))
    if lab['mode'] in t['avoidModes']: out.append('mode %s avoided' % lab['mode'])
    if lab['mode'] in REMOTE and not t['remoteOk']: out.append('remote (%s) but remoteOk is false' % lab['mode'])
    if not area_covers(lab['area'], p['id']): out.append('service area %s; person lives in %s' % (lab['area'], PERSON_AREA[p['id']]))
    if lab['mode'] == 'in_person':
        pts = sites(sid)[:1] if primary_only else sites(sid)
        d = min(km(t['lat'], t['lon'], a, b) for a, b in pts)
        if d > t['maxTravelKm']: out.append('%.1f km away, limit %s km' % (d, t['maxTravelKm']))
    return out

# ---- labels against the directory ----
if set(L) != set(by_id): bad('label ids differ from directory ids')
PAID = re.compile(r'£\s?0*[1-9]|£\s?0\.\d*[1-9]|\b\d+p\b|%')
def looks_paid(fee): return fee is not None and bool(PAID.search(fee)) and not re.match(r'(?i)free\b', fee)
terms_used = Counter()
for sid, r in by_id.items():
    lab = L.get(sid)
    if lab is None: continue
    for k in LABEL_KEYS:
        if k not in lab: bad('%s: label lacks %s' % (r['name'], k))
    if set(lab) - set(LABEL_KEYS): bad('%s: extra label keys' % r['name'])
    if lab['name'] != r['name']: bad('%s: label name differs' % r['name'])
    if not lab['needs'] or not set(lab['needs']) <= NEEDS: bad('%s: needs %s' % (r['name'], lab['needs']))
    if lab['mode'] not in MODES: bad('%s: mode %s' % (r['name'], lab['mode']))
    if lab['active'] != (r['status'] == 'active'): bad('%s: status' % r['name'])
    if r['status'] == 'inactive' and not r.get('alert'): bad('%s: inactive without an alert' % r['name'])
    if lab['minAge'] != r.get('minimum_age') or lab['maxAge'] != r.get('maximum_age'): bad('%s: ages' % r['name'])
    areas = [a['name'] for a in r['service_areas']]
    if (areas[0] if areas else None) != lab['area']: bad('%s: area' % r['name'])
    for a in areas:
        if a != 'England' and a not in AREAS: bad('%s: unknown service area %r' % (r['name'], a))
    if looks_paid(r.get('fees')) == lab['free']: bad('%s: fee %r but free=%s' % (r['name'], r.get('fees'), lab['free']))
    locs = [s['location'] for s in r['service_at_locations']]
    if lab['mode'] == 'in_person':
        if not locs or any(l['location_type'] != 'physical' for l in locs): bad('%s: in person without physical locations' % r['name'])
        if not in_ni(lab['lat'], lab['lon']): bad('%s: label coords outside the region' % r['name'])
        if lab['town'] not in PCD or lab['county'] not in COUNTIES or (lab['county'] in LONDON_SEL | LONDON_NEL and TOWN_UNIT[lab['town']] != lab['county']) or (lab['county'] == 'Kent') != (TOWN_UNIT[lab['town']] in KENT): bad('%s: town/county %s/%s' % (r['name'], lab['town'], lab['county']))
        l0 = locs[0]
        same = l0.get('latitude') == lab['lat'] and l0.get('longitude') == lab['lon']
        pc = l0['addresses'][0]['postal_code']
        m = re.match(r'([A-Z]{1,2}\d{1,2}) \d[A-Z]{2}$', pc)
        pc_ok = bool(m) and m.group(1) in PCD.get(lab['town'], set())
        kind = BROKEN.get(r['name'])
        if kind == 'postcode':
            if not same or pc_ok: bad('%s: should have right coords and a postcode that contradicts the town' % r['name'])
        elif kind:
            if same or in_ni(l0.get('latitude'), l0.get('longitude')): bad('%s: listed as broken (%s) but directory coords look right' % (r['name'], kind))
            if not pc_ok: bad('%s: postcode %s' % (r['name'], pc))
        else:
            if not same: bad('%s: directory coords differ from label' % r['name'])
            if not pc_ok: bad('%s: postcode %s does not fit %s' % (r['name'], pc, lab['town']))
        for l in locs[1:]:
            if not in_ni(l.get('latitude'), l.get('longitude')): bad('%s: further site outside the region' % r['name'])
    elif lab['mode'] == 'online':
        if len(locs) != 1 or locs[0]['location_type'] != 'virtual' or 'latitude' in locs[0] or not locs[0].get('url'): bad('%s: online location' % r['name'])
    elif locs: bad('%s: %s service has a location' % (r['name'], lab['mode']))
    if lab['mode'] != 'in_person' and any(lab[k] is not None for k in ('lat', 'lon', 'town', 'county')):
        bad('%s: remote/home label has coordinates' % r['name'])
    for ph in r['phones']:
        if not re.match(r'(020 7946 0\d{3}|01632 960\d{3}|0808 157 0\d{3}|07700 900\d{3})$', ph['number']): bad('%s: phone %s not in a drama range' % (r['name'], ph['number']))
    if not r['url'].startswith('https://') or '.example/' not in r['url']: bad('%s: url' % r['name'])
    for a in r['attributes']:
        code = a['taxonomy_term']['term']; terms_used[code] += 1
        if code not in V['terms']: bad('%s: term %s missing from vocabulary.json' % (r['name'], code))
        elif V['terms'][code] is not None and V['terms'][code] not in lab['needs']:
            bad('%s: term %s maps to %s, not in label needs %s' % (r['name'], code, V['terms'][code], lab['needs']))
for code in V['terms']:
    if code not in terms_used: bad('vocabulary term %s unused' % code)

# ---- people ----
pids = [p['id'] for p in PEOPLE]
if pids != ['se-%02d' % i for i in range(1, 11)]: bad('people ids %s' % pids)
report = []
for p in PEOPLE:
    t = p['truth']
    if list(p) != PERSON_KEYS: bad('%s keys %s' % (p['id'], list(p)))
    if not TRUTH_KEYS <= set(t) or set(t) - TRUTH_KEYS - {'unmetNeeds'}: bad('%s truth keys' % p['id'])
    if not set(p['needs']) <= PEOPLE_NEEDS: bad('%s needs %s' % (p['id'], p['needs']))
    if not set(p['barriers']) <= BARRIERS: bad('%s barriers %s' % (p['id'], p['barriers']))
    if not set(t['avoidModes']) <= AVOID: bad('%s avoidModes' % p['id'])
    if not in_ni(t['lat'], t['lon']): bad('%s coords outside the region' % p['id'])
    report.append('%s (%d, %r, %s):' % (p['id'], p['age'], p['area'], t['place']))
    for name in t['expectSomething']:
        sid = by_name.get(name)
        if not sid: bad('%s expects unknown %r' % (p['id'], name)); continue
        rs = reasons(p, sid, primary_only=True)
        if rs: bad('%s expects %r but: %s' % (p['id'], name, '; '.join(rs)))
        if not set(L[sid]['needs']) & set(p['needs']): bad('%s expects %r which meets none of %s' % (p['id'], name, p['needs']))
        mark = ' [broken location in directory]' if name in BROKEN else ''
        report.append('   expect  %s (%s)%s' % (name, L[sid]['mode'], mark))
    for name in t['mustNotSuggest']:
        sid = by_name.get(name)
        if not sid: bad('%s mustNot unknown %r' % (p['id'], name)); continue
        if name in t['expectSomething']: bad('%s: %r both expected and forbidden' % (p['id'], name))
        rs = reasons(p, sid)
        if not rs: bad('%s mustNotSuggest %r has no plain reason' % (p['id'], name))
        report.append('   NOT     %s: %s' % (name, '; '.join(rs)))
    for need in t.get('unmetNeeds', []):
        if need not in p['needs']: bad('%s unmet need %s not in needs' % (p['id'], need))
        ok = [L[s]['name'] for s in L if need in L[s]['needs'] and not reasons(p, s)]
        if ok: bad('%s: unmet need %s but eligible: %s' % (p['id'], need, ok))
        report.append('   unmet   %s: nothing eligible in reach' % need)
    for need in p['needs']:
        if need in t.get('unmetNeeds', []): continue
        n = [L[s]['name'] for s in L if need in L[s]['needs'] and not reasons(p, s)]
        if not n: bad('%s: need %s has nothing eligible but is not listed as unmet' % (p['id'], need))

print('\n'.join(report))
c = Counter(l['mode'] for l in L.values())
print('\n%d services, %d organisations; modes %s; inactive %d; paid %d; service area %d; age-limited %d; no taxonomy %d; multi-site %d'
      % (len(D), len({r['organization_id'] for r in D}), dict(c), sum(not l['active'] for l in L.values()),
         sum(not l['free'] for l in L.values()), sum(bool(l['area']) for l in L.values()),
         sum(l['minAge'] is not None or l['maxAge'] is not None for l in L.values()),
         sum(not r['attributes'] for r in D), sum(len(r['service_at_locations']) > 1 for r in D)))
if problems:
    print('\nPROBLEMS (%d):' % len(problems)); print('\n'.join(' - ' + x for x in problems)); sys.exit(1)
print('\nOK: all checks pass')
