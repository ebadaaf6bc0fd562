#!/usr/bin/env python3
"""Check the West Midlands and Welsh Marches held-out set (set 5): ids unique; labels agree with the directory except
where a record's location is deliberately unusable; every in-person label lies inside the region; the service-area
containment table (local authorities inside ICBs); people use only the allowed words; every expected service is right
for the person, every mustNotSuggest entry has a plain reason, every unmet need really has nothing in reach and every
other need has something. Distances use the TRUE label coordinates (plus further sites of multi-site records, never broken).
A service may list several service areas; the label holds the first, and a person is covered if ANY of them covers them.
Run: python3 check.py   (exit code 1 on any problem)"""
import json, math, os, re, sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
def load(n): return json.load(open(os.path.join(HERE, n), encoding='utf-8'))
D, L, PEOPLE, V = load('directory-wm.json'), load('labels-wm.json'), load('people-heldout-5.json'), load('vocabulary.json')

# The words the earlier (Wales, Northern Ireland) people use; nothing else is allowed here.
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
VOCAB_KEYS = ['_why', 'taxonomy', 'secondTaxonomy', 'terms', 'termNames', 'parents', 'needs', 'barriers']

# ---- containment: ICB -> local authorities. 'West Midlands' = everyone in the set.
LAS = {'Birmingham', 'Solihull', 'Coventry', 'Wolverhampton', 'Walsall', 'Dudley', 'Sandwell', 'Shropshire',
       'Telford and Wrekin', 'Herefordshire', 'Worcestershire'}
ICBS = {'Birmingham and Solihull ICB': {'Birmingham', 'Solihull'},
        'Black Country ICB': {'Dudley', 'Sandwell', 'Walsall', 'Wolverhampton'},
        'Coventry and Warwickshire ICB': {'Coventry'},
        'Shropshire, Telford and Wrekin ICB': {'Shropshire', 'Telford and Wrekin'},
        'Herefordshire and Worcestershire ICB': {'Herefordshire', 'Worcestershire'}}
EVERYONE = 'West Midlands'
PERSON_AREA = {
 'wm-01': ('Birmingham', 'Birmingham and Solihull ICB'), 'wm-02': ('Shropshire', 'Shropshire, Telford and Wrekin ICB'),
 'wm-03': ('Herefordshire', 'Herefordshire and Worcestershire ICB'), 'wm-04': ('Wolverhampton', 'Black Country ICB'),
 'wm-05': ('Worcestershire', 'Herefordshire and Worcestershire ICB'), 'wm-06': ('Shropshire', 'Shropshire, Telford and Wrekin ICB'),
 'wm-07': ('Shropshire', 'Shropshire, Telford and Wrekin ICB'), 'wm-08': ('Birmingham', 'Birmingham and Solihull ICB'),
 'wm-09': ('Coventry', 'Coventry and Warwickshire ICB'), 'wm-10': ('Birmingham', 'Birmingham and Solihull ICB'),
 'wm-11': ('Worcestershire', 'Herefordshire and Worcestershire ICB'), 'wm-12': ('Sandwell', 'Black Country ICB'),
 'wm-13': ('Shropshire', 'Shropshire, Telford and Wrekin ICB'), 'wm-14': ('Telford and Wrekin', 'Shropshire, Telford and Wrekin ICB')}
BROKEN = {"Kidderminster Chair Yoga": "drop", "West Bromwich Bumps & Babies": "swap", "Oswestry Knit & Natter": "pconly",
          "Ledbury Carers' Café": "sign"}
# real postcode districts of each label town: (area letters, district numbers), and the town's local authority
def rng(a, b): return set(range(a, b + 1))
PC = {'Birmingham': ('B', rng(1, 38) - {37}), 'Sutton Coldfield': ('B', rng(72, 76)), 'Solihull': ('B', rng(90, 94)),
      'Chelmsley Wood': ('B', {37}), 'Coventry': ('CV', rng(1, 6)), 'Wolverhampton': ('WV', rng(1, 11)), 'Bilston': ('WV', {14}),
      'Walsall': ('WS', rng(1, 5)), 'Bloxwich': ('WS', {3}), 'Dudley': ('DY', rng(1, 3)), 'Stourbridge': ('DY', rng(7, 9)),
      'Brierley Hill': ('DY', {5}), 'Halesowen': ('B', {62, 63}), 'West Bromwich': ('B', {70, 71}), 'Smethwick': ('B', {66, 67}),
      'Tipton': ('DY', {4}), 'Oldbury': ('B', {68, 69}), 'Shrewsbury': ('SY', rng(1, 5)), 'Oswestry': ('SY', {10, 11}),
      'Ludlow': ('SY', {8}), 'Bridgnorth': ('WV', {15, 16}), 'Church Stretton': ('SY', {6}), "Bishop's Castle": ('SY', {9}),
      'Craven Arms': ('SY', {7}), 'Market Drayton': ('TF', {9}), 'Whitchurch': ('SY', {13}), 'Much Wenlock': ('TF', {13}),
      'Telford': ('TF', {3, 4, 7}), 'Wellington': ('TF', {1}), 'Madeley': ('TF', {7}), 'Oakengates': ('TF', {2}),
      'Hereford': ('HR', rng(1, 4)), 'Leominster': ('HR', {6}), 'Ledbury': ('HR', {8}), 'Ross-on-Wye': ('HR', {9}),
      'Kington': ('HR', {5}), 'Worcester': ('WR', rng(1, 5)), 'Kidderminster': ('DY', {10, 11}), 'Malvern': ('WR', {13, 14}),
      'Evesham': ('WR', {11}), 'Pershore': ('WR', {10}), 'Tenbury Wells': ('WR', {15}), 'Bromsgrove': ('B', {60, 61})}
TOWN_LA = {'Birmingham': 'Birmingham', 'Sutton Coldfield': 'Birmingham', 'Solihull': 'Solihull', 'Chelmsley Wood': 'Solihull',
           'Coventry': 'Coventry', 'Wolverhampton': 'Wolverhampton', 'Bilston': 'Wolverhampton', 'Walsall': 'Walsall',
           'Bloxwich': 'Walsall', 'Dudley': 'Dudley', 'Stourbridge': 'Dudley', 'Brierley Hill': 'Dudley', 'Halesowen': 'Dudley',
           'West Bromwich': 'Sandwell', 'Smethwick': 'Sandwell', 'Tipton': 'Sandwell', 'Oldbury': 'Sandwell',
           'Telford': 'Telford and Wrekin', 'Wellington': 'Telford and Wrekin', 'Madeley': 'Telford and Wrekin',
           'Oakengates': 'Telford and Wrekin', 'Hereford': 'Herefordshire', 'Leominster': 'Herefordshire', 'Ledbury': 'Herefordshire',
           'Ross-on-Wye': 'Herefordshire', 'Kington': 'Herefordshire'}
for t in ('Shrewsbury', 'Oswestry', 'Ludlow', 'Bridgnorth', 'Church Stretton', "Bishop's Castle", 'Craven Arms', 'Market Drayton',
          'Whitchurch', 'Much Wenlock'): TOWN_LA[t] = 'Shropshire'
for t in ('Worcester', 'Kidderminster', 'Malvern', 'Evesham', 'Pershore', 'Tenbury Wells', 'Bromsgrove'): TOWN_LA[t] = 'Worcestershire'
def in_region(lat, lon): return isinstance(lat, (int, float)) and isinstance(lon, (int, float)) and 51.8 < lat < 53.1 and -3.35 < lon < -1.3

problems = []
def bad(msg): problems.append(msg)

def km(a, b, c, d):
    p1, p2 = math.radians(a), math.radians(c)
    x = math.sin((p2 - p1) / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(math.radians(d - b) / 2) ** 2
    return 2 * 6371.0 * math.asin(math.sqrt(x))

def covers(area, pid):
    la, icb = PERSON_AREA[pid]
    if area == EVERYONE: return True
    if area in ICBS: return area == icb
    return area == la

if set(ICBS) != set(p[1] for p in PERSON_AREA.values()) | set(ICBS): bad('unknown ICB')
for pid, (la, icb) in PERSON_AREA.items():
    if la not in LAS or icb not in ICBS or la not in ICBS[icb]: bad('%s: LA %s not in ICB %s' % (pid, la, icb))
if set().union(*ICBS.values()) != LAS: bad('ICBs do not cover every local authority')
if any(len([i for i in ICBS if la in ICBS[i]]) != 1 for la in LAS): bad('a local authority is in more than one ICB')

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
    pts = [(L[sid]['lat'], L[sid]['lon'])]
    for sal in by_id[sid]['service_at_locations'][1:]:
        loc = sal['location']; pts.append((loc['latitude'], loc['longitude']))
    return pts

def reasons(p, sid, primary_only=False):
    t, lab, out = p['truth'], L[sid], []
    if not lab['active']: out.append('inactive')
    if t['mustBeFree'] and not lab['free']: out.append('paid (%s) but must be free' % by_id[sid].get('fees', 'price in description'))
    if lab['minAge'] is not None and p['age'] < lab['minAge']: out.append('age %d below minimum %d' % (p['age'], lab['minAge']))
    if lab['maxAge'] is not None and p['age'] > lab['maxAge']: out.append('age %d above maximum %d' % (p['age'], lab['maxAge']))
    if lab['mode'] in t['avoidModes']: out.append('mode %s avoided' % lab['mode'])
    if lab['mode'] in REMOTE and not t['remoteOk']: out.append('remote (%s) but remoteOk is false' % lab['mode'])
    areas = [a['name'] for a in by_id[sid]['service_areas']]
    if areas and not any(covers(a, p['id']) for a in areas):
        out.append('service area %s; person lives in %s' % (' / '.join(areas), ' / '.join(PERSON_AREA[p['id']])))
    if lab['mode'] == 'in_person':
        pts = sites(sid)[:1] if primary_only else sites(sid)
        d = min(km(t['lat'], t['lon'], a, b) for a, b in pts)
        if d > t['maxTravelKm']: out.append('%.1f km away, limit %s km' % (d, t['maxTravelKm']))
    return out

# ---- fees: an independent reading of the fee text (see README)
MONEY = re.compile(r'£\s?0*[1-9]|£\s?0\.\d*[1-9]|\b\d+p\b|\d+\s?%')
def paid(r):
    fee = r.get('fees')
    if fee is None or fee.lower().startswith('see '): return bool(MONEY.search(r['description']))
    f = fee.lower()
    if re.search(r'donation|pay as you feel', f): return False
    if f.startswith('free to carers'):
        if 'carers' not in L[r['id']]['needs']: bad('%s: "free to carers" on a service that is not for carers' % r['name'])
        return False
    return bool(MONEY.search(fee))

# ---- labels against the directory
if set(L) != set(by_id): bad('label ids differ from directory ids')
terms_used, styles = Counter(), Counter()
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
        if a != EVERYONE and a not in ICBS and a not in LAS: bad('%s: unknown service area %r' % (r['name'], a))
    if paid(r) == lab['free']: bad('%s: fee %r but free=%s' % (r['name'], r.get('fees'), lab['free']))
    locs = [s['location'] for s in r['service_at_locations']]
    if lab['mode'] == 'in_person':
        if not locs or any(l['location_type'] != 'physical' for l in locs): bad('%s: in person without physical locations' % r['name'])
        if not in_region(lab['lat'], lab['lon']): bad('%s: label coords outside the region' % r['name'])
        if lab['town'] not in PC or TOWN_LA.get(lab['town']) != lab['county']: bad('%s: town/county %s/%s' % (r['name'], lab['town'], lab['county']))
        for j, l in enumerate(locs):
            a = l['addresses'][0]
            m = re.match(r'([A-Z]{1,2})(\d{1,2}) \d[A-Z]{2}$', a['postal_code'])
            if not m: bad('%s: postcode %r' % (r['name'], a['postal_code'])); continue
            if j == 0:
                letters, nums = PC.get(lab['town'], ('', set()))
                if m.group(1) != letters or int(m.group(2)) not in nums: bad('%s: postcode %s does not fit %s' % (r['name'], a['postal_code'], lab['town']))
        l0 = locs[0]
        same = l0.get('latitude') == lab['lat'] and l0.get('longitude') == lab['lon']
        kind = BROKEN.get(r['name'])
        if kind == 'pconly':
            if 'latitude' in l0 or 'address_1' in l0['addresses'][0] or 'city' in l0['addresses'][0]: bad('%s: should be postcode only' % r['name'])
        elif kind == 'drop':
            if 'latitude' in l0 or 'longitude' in l0 or not l0['addresses'][0].get('address_1'): bad('%s: should have an address but no coordinates' % r['name'])
        elif kind:
            if same or in_region(l0.get('latitude'), l0.get('longitude')): bad('%s: listed as broken (%s) but coords look right' % (r['name'], kind))
        else:
            if not same: bad('%s: directory coords differ from label' % r['name'])
        for l in locs[1:]:
            if not in_region(l.get('latitude'), l.get('longitude')): bad('%s: further site outside the region' % r['name'])
    elif lab['mode'] == 'online':
        if len(locs) != 1 or locs[0]['location_type'] != 'virtual' or 'latitude' in locs[0] or not locs[0].get('url'): bad('%s: online location' % r['name'])
    elif locs: bad('%s: %s service has a location' % (r['name'], lab['mode']))
    if lab['mode'] != 'in_person' and any(lab[k] is not None for k in ('lat', 'lon', 'town', 'county')):
        bad('%s: remote/home label has coordinates' % r['name'])
    for ph in r['phones']:
        if not re.match(r'(0121 496 0\d{3}|01632 960\d{3}|0808 157 0\d{3}|07700 900\d{3})$', ph['number']): bad('%s: phone %s not in a drama range' % (r['name'], ph['number']))
    if not r['url'].startswith('https://') or '.example/' not in r['url']: bad('%s: url' % r['name'])
    taxes = {a['taxonomy_term']['taxonomy'] for a in r['attributes']}
    styles[' + '.join(sorted(taxes)) or 'none'] += 1
    for a in r['attributes']:
        code = a['taxonomy_term']['term']; terms_used[code] += 1
        if code not in V['terms']: bad('%s: term %s missing from vocabulary.json' % (r['name'], code))
        elif V['terms'][code] is not None and V['terms'][code] not in lab['needs']:
            bad('%s: term %s maps to %s, not in label needs %s' % (r['name'], code, V['terms'][code], lab['needs']))
for code in V['terms']:
    if code not in terms_used: bad('vocabulary term %s unused' % code)
    if V['terms'][code] is not None and V['terms'][code] not in NEEDS: bad('term %s maps to unknown need' % code)
if list(V) != VOCAB_KEYS: bad('vocabulary keys %s' % list(V))
NI_VOCAB = os.path.join(HERE, 'src', 'ni-mappings.json')
ni = json.load(open(NI_VOCAB, encoding='utf-8'))
if V['needs'] != ni['needs'] or V['barriers'] != ni['barriers']: bad('needs/barriers mappings differ from the NI copy')

# ---- people
pids = [p['id'] for p in PEOPLE]
if pids != ['wm-%02d' % i for i in range(1, 15)]: bad('people ids %s' % pids)
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
        rs = reasons(p, sid, primary_only=True)
        if rs: bad('%s expects %r but: %s' % (p['id'], name, '; '.join(rs)))
        if not set(L[sid]['needs']) & set(p['needs']): bad('%s expects %r which meets none of %s' % (p['id'], name, p['needs']))
        mark = ' [unusable location in directory: %s]' % BROKEN[name] if name in BROKEN else ''
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
        if not [s for s in L if need in L[s]['needs'] and not reasons(p, s)]:
            bad('%s: need %s has nothing eligible but is not listed as unmet' % (p['id'], need))

print('\n'.join(report))
c = Counter(l['mode'] for l in L.values())
print('\n%d services, %d organisations; modes %s; inactive %d; paid %d; service area %d; age-limited %d; multi-site %d'
      % (len(D), len({r['organization_id'] for r in D}), dict(c), sum(not l['active'] for l in L.values()),
         sum(not l['free'] for l in L.values()), sum(bool(l['area']) for l in L.values()),
         sum(l['minAge'] is not None or l['maxAge'] is not None for l in L.values()),
         sum(len(r['service_at_locations']) > 1 for r in D)))
print('taxonomy styles: %s' % dict(styles))
if problems:
    print('\nPROBLEMS (%d):' % len(problems)); print('\n'.join(' - ' + x for x in problems)); sys.exit(1)
print('\nOK: all checks pass')
