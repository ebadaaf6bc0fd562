#!/usr/bin/env python3
"""Check the Wessex held-out set (set 8): ids unique; labels agree with the directory; every in-person label lies inside
the region with a real postcode district for its town; locations without coordinates or with unusable ones are exactly the
documented ones; the service-area containment table; the Solent rule; people use only the allowed words; every expected
service is right for the person, every mustNotSuggest entry has a plain reason, every need has something eligible (or is
listed as unmet and really has nothing).
Run: python3 check.py   (exit code 1 on any problem)"""
import json, math, os, re, sys
from collections import Counter
HERE = os.path.dirname(os.path.abspath(__file__))
def load(n): return json.load(open(os.path.join(HERE, n), encoding='utf-8'))
D, L, PEOPLE, V = load('directory-wx.json'), load('labels-wx.json'), load('people-heldout-8.json'), load('vocabulary.json')
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

# ---- containment. Units are unitary authorities or (former) districts. Bare county names are CEREMONIAL counties:
# 'Hampshire' includes Southampton and Portsmouth but NOT the Isle of Wight; 'Dorset' includes BCP; 'Wiltshire' includes
# Swindon. '<X> Council area' / 'Hampshire County Council area' are the ADMINISTRATIVE areas, which exclude those unitaries.
UNIT_COUNTY = {'Southampton': 'Hampshire', 'Portsmouth': 'Hampshire', 'Winchester': 'Hampshire', 'Test Valley': 'Hampshire',
    'New Forest': 'Hampshire', 'BCP': 'Dorset', 'North Dorset': 'Dorset', 'West Dorset': 'Dorset', 'Purbeck': 'Dorset',
    'Wiltshire': 'Wiltshire', 'Swindon': 'Wiltshire', 'Isle of Wight': 'Isle of Wight'}
def county(c): return {u for u, k in UNIT_COUNTY.items() if k == c}
AREAS = {'Wessex': set(UNIT_COUNTY), 'Hampshire': county('Hampshire'), 'Dorset': county('Dorset'),
         'Hampshire County Council area': {'Winchester', 'Test Valley', 'New Forest'},
         'Dorset Council area': {'North Dorset', 'West Dorset', 'Purbeck'}, 'Wiltshire Council area': {'Wiltshire'},
         'NHS Hampshire and Isle of Wight ICB': county('Hampshire') | {'Isle of Wight'}, 'NHS Dorset ICB': county('Dorset'),
         'NHS Bath and North East Somerset, Swindon and Wiltshire ICB': {'Wiltshire', 'Swindon'},
         'BCP': {'BCP'}, 'Bournemouth, Christchurch and Poole': {'BCP'}}
AREAS['Wiltshire'] = {'Wiltshire', 'Swindon'}
for u in UNIT_COUNTY: AREAS.setdefault(u, {u})
PERSON_UNIT = {'wx-01': 'Isle of Wight', 'wx-02': 'Swindon', 'wx-03': 'New Forest', 'wx-04': 'Portsmouth', 'wx-05': 'BCP',
    'wx-06': 'North Dorset', 'wx-07': 'Wiltshire', 'wx-08': 'Southampton', 'wx-09': 'Wiltshire', 'wx-10': 'Isle of Wight',
    'wx-11': 'Purbeck', 'wx-12': 'New Forest'}
# label town -> (unit, real postcode districts)
TOWN = {'Southampton': ('Southampton', {'SO14', 'SO15', 'SO19'}), 'Portsmouth': ('Portsmouth', {'PO1', 'PO4', 'PO5', 'PO6'}),
    'Winchester': ('Winchester', {'SO23'}), 'Andover': ('Test Valley', {'SP10', 'SP11'}), 'Ringwood': ('New Forest', {'BH24'}),
    'Lymington': ('New Forest', {'SO41'}), 'Burley': ('New Forest', {'BH24'}), 'Beaulieu': ('New Forest', {'SO42'}),
    'Lyndhurst': ('New Forest', {'SO43'}), 'Bournemouth': ('BCP', {'BH1', 'BH5', 'BH7'}), 'Poole': ('BCP', {'BH15'}),
    'Christchurch': ('BCP', {'BH23'}), 'Blandford Forum': ('North Dorset', {'DT11'}), 'Shaftesbury': ('North Dorset', {'SP7'}),
    'Bridport': ('West Dorset', {'DT6'}), 'Dorchester': ('West Dorset', {'DT1'}), 'Wareham': ('Purbeck', {'BH20'}),
    'Corfe Castle': ('Purbeck', {'BH20'}), 'Swanage': ('Purbeck', {'BH19'}), 'Salisbury': ('Wiltshire', {'SP1', 'SP2'}),
    'Amesbury': ('Wiltshire', {'SP4'}), 'Devizes': ('Wiltshire', {'SN10'}), 'Tilshead': ('Wiltshire', {'SP3'}),
    'Shrewton': ('Wiltshire', {'SP3'}), 'Tollard Royal': ('Wiltshire', {'SP5'}), 'Swindon': ('Swindon', {'SN1', 'SN2'}),
    'Newport': ('Isle of Wight', {'PO30'}), 'Ryde': ('Isle of Wight', {'PO33'}), 'Ventnor': ('Isle of Wight', {'PO38'}),
    'Sandown': ('Isle of Wight', {'PO36'}), 'Freshwater': ('Isle of Wight', {'PO40'}), 'Cowes': ('Isle of Wight', {'PO31'})}
# Locations with a postcode but no coordinates (to be geocoded from the postcode), and unusable locations. Labels keep the
# true coordinates of the venue. Unusable ones are never used in expectSomething / mustNotSuggest.
NOCOORD = {'Ryde Bereavement Friendship Group', 'Swindon Young Carers Homework Club', 'Bournemouth Polish Wellbeing Group',
    'Salisbury Library Digital Drop-in', 'New Forest Bereavement Group Lymington', 'Shaftesbury Tai Chi', 'Blandford Carers Group',
    'Lymington Digital Drop-in', 'Cosham Foodbank', 'Poole Housing Options'}
BAD = {'Winchester Money Advice': 'zero', 'Andover Carers Cafe': 'swapped', 'Bridport Bereavement Group': 'nopostcode'}
def in_region(lat, lon): return isinstance(lat, (int, float)) and isinstance(lon, (int, float)) and 50.55 < lat < 51.70 and -2.90 < lon < -1.00
problems = []
def bad(msg): problems.append(msg)
def km(a, b, c, d):
    r = math.radians
    x = math.sin(r(c - a) / 2) ** 2 + math.cos(r(a)) * math.cos(r(c)) * math.sin(r(d - b) / 2) ** 2
    return 2 * 6371.0 * math.asin(math.sqrt(x))
def area_covers(area, pid): return area is None or PERSON_UNIT[pid] in AREAS[area]
def on_island(unit): return unit == 'Isle of Wight'

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
    if not area_covers(lab['area'], p['id']): out.append('service area %s; person lives in %s' % (lab['area'], PERSON_UNIT[p['id']]))
    if lab['mode'] == 'in_person':
        d = km(t['lat'], t['lon'], lab['lat'], lab['lon'])
        if d > t['maxTravelKm']: out.append('%.1f km away, limit %s km' % (d, t['maxTravelKm']))
        # The Solent rule: nobody in this set will cross the water, so a venue on the other side is out of reach
        # whatever the straight-line distance.
        if on_island(TOWN[lab['town']][0]) != on_island(PERSON_UNIT[p['id']]): out.append('across the Solent (%.1f km in a straight line, but a ferry away)' % d)
    return out

if set(L) != set(by_id): bad('label ids differ from directory ids')
PAID = re.compile(r'£\s?0*[1-9]|£\s?0\.\d*[1-9]|\b\d+p\b|%')
def looks_paid(fee):
    if fee is None: return False
    f = fee.lower()
    if 'donation' in f or 'pay what you can' in f: return False
    if 'otherwise' in f and PAID.search(f): return True
    if re.match(r'free\b', f): return False
    return bool(PAID.search(f))
terms_used = Counter(); seen_nocoord, seen_bad = set(), set()
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
        if lab['town'] not in TOWN or UNIT_COUNTY[TOWN[lab['town']][0]] != lab['county']: bad('%s: town/county %s/%s' % (r['name'], lab['town'], lab['county']))
        l0 = locs[0]; pc = l0['addresses'][0]['postal_code']
        if r['name'] in BAD:
            seen_bad.add(r['name']); kind = BAD[r['name']]
            ok = {'zero': l0.get('latitude') == 0 and l0.get('longitude') == 0,
                  'swapped': l0.get('latitude') == lab['lon'] and l0.get('longitude') == lab['lat'],
                  'nopostcode': 'latitude' not in l0 and pc == 'TBC'}[kind]
            if not ok: bad('%s: not the documented unusable location (%s)' % (r['name'], kind))
        else:
            if r['name'] in NOCOORD:
                seen_nocoord.add(r['name'])
                if 'latitude' in l0 or 'longitude' in l0: bad('%s: should have no coordinates' % r['name'])
            elif l0.get('latitude') != lab['lat'] or l0.get('longitude') != lab['lon']: bad('%s: directory coords differ from label' % r['name'])
            m = re.match(r'([A-Z]{1,2}\d{1,2}) \d[A-Z]{2}$', pc)
            if not m or m.group(1) not in TOWN.get(lab['town'], ('', set()))[1]: bad('%s: postcode %s does not fit %s' % (r['name'], pc, lab['town']))
        if l0['addresses'][0]['city'] != lab['town']: bad('%s: address city' % r['name'])
    elif lab['mode'] == 'online':
        if len(locs) != 1 or locs[0]['location_type'] != 'virtual' or 'latitude' in locs[0] or not locs[0].get('url'): bad('%s: online location' % r['name'])
    elif locs: bad('%s: %s service has a location' % (r['name'], lab['mode']))
    if lab['mode'] != 'in_person' and any(lab[k] is not None for k in ('lat', 'lon', 'town', 'county')): bad('%s: remote label has coordinates' % r['name'])
    for ph in r['phones']:
        if not re.match(r'(023 8049 6\d{3}|023 9249 6\d{3}|01632 960\d{3}|0808 157 0\d{3}|07700 900\d{3})$', ph['number']): bad('%s: phone %s not in a drama range' % (r['name'], ph['number']))
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

pids = [p['id'] for p in PEOPLE]
if pids != ['wx-%02d' % i for i in range(1, 13)]: bad('people ids %s' % pids)
report = []; solent_pairs = 0
for p in PEOPLE:
    t = p['truth']
    if list(p) != PERSON_KEYS: bad('%s keys %s' % (p['id'], list(p)))
    if not TRUTH_KEYS <= set(t) or set(t) - TRUTH_KEYS - {'unmetNeeds'}: bad('%s truth keys' % p['id'])
    if not set(p['needs']) <= PEOPLE_NEEDS: bad('%s needs %s' % (p['id'], p['needs']))
    if not set(p['barriers']) <= BARRIERS: bad('%s barriers %s' % (p['id'], p['barriers']))
    if not set(t['avoidModes']) <= AVOID: bad('%s avoidModes' % p['id'])
    if not in_region(t['lat'], t['lon']): bad('%s coords outside the region' % p['id'])
    if not 17 <= p['age'] <= 90: bad('%s age %d' % (p['id'], p['age']))
    report.append('%s (%d, %r, %s):' % (p['id'], p['age'], p['area'], t['place']))
    for name in t['expectSomething']:
        sid = by_name.get(name)
        if not sid: bad('%s expects unknown %r' % (p['id'], name)); continue
        if name in BAD: bad('%s expects %r, which has an unusable location' % (p['id'], name))
        rs = reasons(p, sid)
        if rs: bad('%s expects %r but: %s' % (p['id'], name, '; '.join(rs)))
        if not set(L[sid]['needs']) & set(p['needs']): bad('%s expects %r which meets none of %s' % (p['id'], name, p['needs']))
        report.append('   expect  %s (%s)' % (name, L[sid]['mode']))
    for name in t['mustNotSuggest']:
        sid = by_name.get(name)
        if not sid: bad('%s mustNot unknown %r' % (p['id'], name)); continue
        if name in BAD: bad('%s mustNot %r, which has an unusable location' % (p['id'], name))
        if name in t['expectSomething']: bad('%s: %r both expected and forbidden' % (p['id'], name))
        rs = reasons(p, sid)
        if not rs: bad('%s mustNotSuggest %r has no plain reason' % (p['id'], name))
        if rs and all(x.startswith('across the Solent') for x in rs): solent_pairs += 1
        if not set(L[sid]['needs']) & set(p['needs']): bad('%s mustNot %r is not even on-topic' % (p['id'], name))
        report.append('   NOT     %s: %s' % (name, '; '.join(rs)))
    for need in t.get('unmetNeeds', []):
        if need not in p['needs']: bad('%s unmet need %s not in needs' % (p['id'], need))
        ok = [L[s]['name'] for s in L if need in L[s]['needs'] and not reasons(p, s)]
        if ok: bad('%s: unmet need %s but eligible: %s' % (p['id'], need, ok))
    for need in p['needs']:
        if need in t.get('unmetNeeds', []): continue
        if not [s for s in L if need in L[s]['needs'] and not reasons(p, s)]: bad('%s: need %s has nothing eligible' % (p['id'], need))
if solent_pairs < 2: bad('fewer than 2 mustNotSuggest pairs excluded only by the Solent rule')
print('\n'.join(report))
c = Counter(l['mode'] for l in L.values())
print('\n%d services, %d organisations; modes %s; inactive %d; paid %d; service area %d; age-limited %d; no taxonomy %d; taxonomies %s'
      % (len(D), len({r['organization_id'] for r in D}), dict(c), sum(not l['active'] for l in L.values()),
         sum(not l['free'] for l in L.values()), sum(bool(l['area']) for l in L.values()),
         sum(l['minAge'] is not None or l['maxAge'] is not None for l in L.values()), sum(not r['attributes'] for r in D),
         dict(Counter(next(iter({a['taxonomy_term']['taxonomy'] for a in r['attributes']}), None) for r in D))))
print('service areas used:', dict(Counter(l['area'] for l in L.values() if l['area'])))
print('no coordinates: %d; unusable locations: %d; pairs excluded only by the Solent: %d' % (len(NOCOORD), len(BAD), solent_pairs))
if problems:
    print('\nPROBLEMS (%d):' % len(problems)); print('\n'.join(' - ' + x for x in problems)); sys.exit(1)
print('\nOK: all checks pass')
