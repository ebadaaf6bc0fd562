#!/usr/bin/env python3
"""Check the Northern Ireland held-out set (set 4): ids unique; labels agree with the directory except where a record's
location is deliberately broken; every in-person label lies inside Northern Ireland; the service-area containment table;
people use only the allowed words; every expected service is right for the person, every mustNotSuggest entry has a
plain reason, every unmet need really has nothing in reach and every other need has something.
Distances use the TRUE label coordinates (plus the further sites of multi-site records, which are never broken).
Run: python3 check.py   (exit code 1 on any problem)"""
import json, math, os, re, sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
def load(n): return json.load(open(os.path.join(HERE, n), encoding='utf-8'))
D, L, PEOPLE, V = load('directory-ni.json'), load('labels-ni.json'), load('people-heldout-4.json'), load('vocabulary.json')

# The words the Wales (set 3) people use; nothing else is allowed here.
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

# ---- containment: service area -> councils it covers (None = everyone). Trusts are matched on the person's trust,
# because two councils are split between trusts (Newry, Mourne and Down: Southern / South Eastern; Mid Ulster:
# Northern / Southern; Limavady in Causeway Coast and Glens is Western).
COUNCILS = {'Belfast', 'Lisburn and Castlereagh', 'Ards and North Down', 'Antrim and Newtownabbey', 'Mid and East Antrim',
            'Causeway Coast and Glens', 'Mid Ulster', 'Armagh City, Banbridge and Craigavon', 'Newry, Mourne and Down',
            'Derry City and Strabane', 'Fermanagh and Omagh'}
TRUSTS = {'Belfast HSCT': {'Belfast'},
          'Northern HSCT': {'Antrim and Newtownabbey', 'Mid and East Antrim', 'Causeway Coast and Glens', 'Mid Ulster'},
          'South Eastern HSCT': {'Lisburn and Castlereagh', 'Ards and North Down', 'Newry, Mourne and Down'},
          'Southern HSCT': {'Armagh City, Banbridge and Craigavon', 'Newry, Mourne and Down', 'Mid Ulster'},
          'Western HSCT': {'Derry City and Strabane', 'Fermanagh and Omagh', 'Causeway Coast and Glens'}}
PERSON_AREA = {  # person -> (council, trust)
 'ni-01': ('Belfast', 'Belfast HSCT'), 'ni-02': ('Derry City and Strabane', 'Western HSCT'),
 'ni-03': ('Fermanagh and Omagh', 'Western HSCT'), 'ni-04': ('Fermanagh and Omagh', 'Western HSCT'),
 'ni-05': ('Newry, Mourne and Down', 'Southern HSCT'), 'ni-06': ('Derry City and Strabane', 'Western HSCT'),
 'ni-07': ('Causeway Coast and Glens', 'Northern HSCT'), 'ni-08': ('Mid Ulster', 'Northern HSCT'),
 'ni-09': ('Ards and North Down', 'South Eastern HSCT'), 'ni-10': ('Newry, Mourne and Down', 'Southern HSCT'),
 'ni-11': ('Belfast', 'Belfast HSCT'), 'ni-12': ('Mid and East Antrim', 'Northern HSCT'),
 'ni-13': ('Derry City and Strabane', 'Western HSCT'), 'ni-14': ('Armagh City, Banbridge and Craigavon', 'Southern HSCT')}
BROKEN = {"Ballycastle Lung Health Club": "swap", "Ballymena Gentle Movement": "drop",
          "Cookstown Newcomers' Coffee Morning": "sign", "Bangor Community Choir": "zero", "Omagh Job Club": "postcode"}
# real BT postcode districts of each label town
BT = {'Belfast': set(range(1, 18)), 'Lisburn': {27, 28}, 'Bangor': {19, 20}, 'Newtownards': {23}, 'Portaferry': {22},
      'Ballywalter': {22}, 'Kircubbin': {22}, 'Downpatrick': {30}, 'Castlewellan': {31}, 'Newry': {34, 35}, 'Kilkeel': {34},
      'Rathfriland': {34}, 'Dromore': {25}, 'Banbridge': {32}, 'Armagh': {60, 61}, 'Portadown': {62, 63}, 'Dungannon': {70, 71},
      'Cookstown': {80}, 'Magherafelt': {45}, 'Ballymena': {42, 43, 44}, 'Antrim': {41}, 'Larne': {40}, 'Carrickfergus': {38},
      'Coleraine': {51, 52}, 'Portrush': {56}, 'Portstewart': {55}, 'Ballycastle': {54}, 'Cushendall': {44}, 'Limavady': {49},
      'Derry': {47, 48}, 'Strabane': {82}, 'Omagh': {78, 79}, 'Enniskillen': {74}, 'Lisnaskea': {92}, 'Irvinestown': {94}}
def in_ni(lat, lon): return isinstance(lat, (int, float)) and isinstance(lon, (int, float)) and 54.0 < lat < 55.35 and -8.2 < lon < -5.4

problems = []
def bad(msg): problems.append(msg)

def km(a, b, c, d):
    r = math.radians
    x = math.sin(r(c - a) / 2) ** 2 + math.cos(r(a)) * math.cos(r(c)) * math.sin(r(d - b) / 2) ** 2
    return 2 * 6371.0 * math.asin(math.sqrt(x))

def area_covers(area, pid):
    council, trust = PERSON_AREA[pid]
    if area is None or area == 'Northern Ireland': return True
    if area in TRUSTS: return area == trust
    return area == council

# the containment table itself must be consistent
for t, cs in TRUSTS.items():
    if not cs <= COUNCILS: bad('trust %s lists unknown councils %s' % (t, cs - COUNCILS))
for pid, (c, t) in PERSON_AREA.items():
    if c not in COUNCILS or t not in TRUSTS or c not in TRUSTS[t]: bad('%s: council %s not in trust %s' % (pid, c, t))
if set().union(*TRUSTS.values()) != COUNCILS: bad('trusts do not cover every council')

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
    if not area_covers(lab['area'], p['id']): out.append('service area %s; person lives in %s' % (lab['area'], '/'.join(PERSON_AREA[p['id']])))
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
        if a != 'Northern Ireland' and a not in TRUSTS and a not in COUNCILS: bad('%s: unknown service area %r' % (r['name'], a))
    if looks_paid(r.get('fees')) == lab['free']: bad('%s: fee %r but free=%s' % (r['name'], r.get('fees'), lab['free']))
    locs = [s['location'] for s in r['service_at_locations']]
    if lab['mode'] == 'in_person':
        if not locs or any(l['location_type'] != 'physical' for l in locs): bad('%s: in person without physical locations' % r['name'])
        if not in_ni(lab['lat'], lab['lon']): bad('%s: label coords outside Northern Ireland' % r['name'])
        if lab['town'] not in BT or lab['county'] not in COUNCILS: bad('%s: town/county %s/%s' % (r['name'], lab['town'], lab['county']))
        l0 = locs[0]
        same = l0.get('latitude') == lab['lat'] and l0.get('longitude') == lab['lon']
        pc = l0['addresses'][0]['postal_code']
        m = re.match(r'BT(\d+) \d[A-Z]{2}$', pc)
        pc_ok = bool(m) and int(m.group(1)) in BT.get(lab['town'], set())
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
            if not in_ni(l.get('latitude'), l.get('longitude')): bad('%s: further site outside NI' % r['name'])
    elif lab['mode'] == 'online':
        if len(locs) != 1 or locs[0]['location_type'] != 'virtual' or 'latitude' in locs[0] or not locs[0].get('url'): bad('%s: online location' % r['name'])
    elif locs: bad('%s: %s service has a location' % (r['name'], lab['mode']))
    if lab['mode'] != 'in_person' and any(lab[k] is not None for k in ('lat', 'lon', 'town', 'county')):
        bad('%s: remote/home label has coordinates' % r['name'])
    for ph in r['phones']:
        if not re.match(r'(028 9649 6\d{3}|0808 157 0\d{3}|07700 900\d{3})$', ph['number']): bad('%s: phone %s not in a drama range' % (r['name'], ph['number']))
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
if pids != ['ni-%02d' % i for i in range(1, 15)]: bad('people ids %s' % pids)
report = []
for p in PEOPLE:
    t = p['truth']
    if list(p) != PERSON_KEYS: bad('%s keys %s' % (p['id'], list(p)))
    if not TRUTH_KEYS <= set(t) or set(t) - TRUTH_KEYS - {'unmetNeeds'}: bad('%s truth keys' % p['id'])
    if not set(p['needs']) <= PEOPLE_NEEDS: bad('%s needs %s' % (p['id'], p['needs']))
    if not set(p['barriers']) <= BARRIERS: bad('%s barriers %s' % (p['id'], p['barriers']))
    if not set(t['avoidModes']) <= AVOID: bad('%s avoidModes' % p['id'])
    if not in_ni(t['lat'], t['lon']): bad('%s coords outside Northern Ireland' % p['id'])
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
