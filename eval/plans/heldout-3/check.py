#!/usr/bin/env python3
"""Check the Wales held-out set: every expected service is right for the person, every
mustNotSuggest entry has a plain reason, every unmet need really has nothing in reach, and the
labels agree with the directory except where a record's location is deliberately broken.
Distances use the TRUE label coordinates (plus the extra sites of multi-site services, whose
coordinates are not broken). Run: python3 check.py   (exit code 1 on any problem)"""
import json, math, os, re, sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
def load(n): return json.load(open(os.path.join(HERE, n), encoding='utf-8'))
D, L, PEOPLE, V = load('directory-wales.json'), load('labels-wales.json'), load('people-heldout-3.json'), load('vocabulary.json')

NEEDS = {'money', 'housing', 'food', 'loneliness', 'mental_health', 'physical_activity', 'carers', 'employment', 'bereavement',
         'alcohol_drugs', 'digital', 'long_term_conditions', 'learning', 'parenting', 'arts', 'transport'}
BARRIERS = {'cost', 'transport', 'rural', 'mobility', 'pain', 'hearing', 'caring', 'childcare', 'confidence', 'anxiety', 'stigma',
            'digital', 'language', 'work hours'}
MODES = {'in_person', 'phone', 'online', 'home_visit'}
REMOTE = {'phone', 'online'}
COUNTY = {'wa-01': 'Ceredigion', 'wa-02': 'Rhondda Cynon Taf', 'wa-03': 'Rhondda Cynon Taf', 'wa-04': 'Ceredigion',
          'wa-05': 'Merthyr Tydfil', 'wa-06': 'Swansea', 'wa-07': 'Cardiff', 'wa-08': 'Powys', 'wa-09': 'Rhondda Cynon Taf',
          'wa-10': 'Powys', 'wa-11': 'Newport', 'wa-12': 'Carmarthenshire', 'wa-13': 'Blaenau Gwent', 'wa-14': 'Isle of Anglesey'}
AREAS = {'Wales': None, 'Cwm Taf': {'Rhondda Cynon Taf', 'Merthyr Tydfil'}, 'Gwent': {'Newport', 'Blaenau Gwent'},
         'North Wales': {'Gwynedd', 'Isle of Anglesey', 'Wrexham'}, 'Ynys Môn': {'Isle of Anglesey'}}
BROKEN = {"Llanelli Library Digital Drop-in", "Breathe Easy Ebbw Vale", "Clwb Cinio Llanbedr / Lampeter Lunch Club",
          "Bangor Community Choir", "Aberdare Gentle Movement", "Newtown Men's Shed"}

problems = []
def bad(msg): problems.append(msg)

def km(a, b, c, d):
    r = math.radians
    x = math.sin(r(c - a) / 2) ** 2 + math.cos(r(a)) * math.cos(r(c)) * math.sin(r(d - b) / 2) ** 2
    return 2 * 6371.0 * math.asin(math.sqrt(x))

def area_covers(area, county):
    if area in AREAS: return AREAS[area] is None or county in AREAS[area]
    return area == county

by_id = {r['id']: r for r in D}
by_name = {}
for r in D:
    if r['name'] in by_name: bad('duplicate service name %r' % r['name'])
    by_name[r['name']] = r['id']

def sites(sid):
    """True coordinates: the label's, plus any further sites of a multi-site (never broken) record."""
    lab = L[sid]
    pts = [(lab['lat'], lab['lon'])]
    for sal in by_id[sid]['service_at_locations'][1:]:
        loc = sal['location']; pts.append((loc['latitude'], loc['longitude']))
    return pts

def reasons(p, sid, primary_only=False):
    """Plain reasons this service is wrong for this person ([] = eligible)."""
    t, lab, out = p['truth'], L[sid], []
    if not lab['active']: out.append('inactive')
    if t['mustBeFree'] and not lab['free']: out.append('paid (%s) but must be free' % by_id[sid].get('fees'))
    if lab['minAge'] is not None and p['age'] < lab['minAge']: out.append('age %d below minimum %d' % (p['age'], lab['minAge']))
    if lab['maxAge'] is not None and p['age'] > lab['maxAge']: out.append('age %d above maximum %d' % (p['age'], lab['maxAge']))
    if lab['mode'] in t['avoidModes']: out.append('mode %s avoided' % lab['mode'])
    if lab['mode'] in REMOTE and not t['remoteOk']: out.append('remote (%s) but remoteOk is false' % lab['mode'])
    if lab['area'] and not area_covers(lab['area'], COUNTY[p['id']]):
        out.append('service area %s; person lives in %s' % (lab['area'], COUNTY[p['id']]))
    if lab['mode'] == 'in_person':
        pts = sites(sid)[:1] if primary_only else sites(sid)
        d = min(km(t['lat'], t['lon'], a, b) for a, b in pts)
        if d > t['maxTravelKm']: out.append('%.1f km away, limit %s km' % (d, t['maxTravelKm']))
    return out

# ---- labels against the directory ----
if set(L) != set(by_id): bad('label ids differ from directory ids')
PAID = re.compile(r'£\s?\d|\d+p a mile|%')
FREEWORDS = re.compile(r'^(free|am ddim|no charge|donations welcome|pay as you feel)|free to call|free \(', re.I)
terms_used = Counter()
for sid, r in by_id.items():
    lab = L[sid]
    for k in ('name', 'needs', 'free', 'active', 'mode', 'lat', 'lon', 'town', 'county', 'minAge', 'maxAge', 'area'):
        if k not in lab: bad('%s: label lacks %s' % (r['name'], k))
    if lab['name'] != r['name']: bad('%s: label name differs' % r['name'])
    if not set(lab['needs']) <= NEEDS or not lab['needs']: bad('%s: needs %s' % (r['name'], lab['needs']))
    if lab['mode'] not in MODES: bad('%s: mode %s' % (r['name'], lab['mode']))
    if lab['active'] != (r['status'] == 'active'): bad('%s: status' % r['name'])
    if lab['minAge'] != r.get('minimum_age') or lab['maxAge'] != r.get('maximum_age'): bad('%s: ages' % r['name'])
    areas = [a['name'] for a in r['service_areas']]
    if (areas[0] if areas else None) != lab['area']: bad('%s: area' % r['name'])
    fee = r.get('fees') or 'Free'
    looks_paid = bool(PAID.search(fee)) and not FREEWORDS.search(fee)
    if looks_paid == lab['free']: bad('%s: fee %r but free=%s' % (r['name'], fee, lab['free']))
    locs = [s['location'] for s in r['service_at_locations']]
    if lab['mode'] == 'in_person':
        if not locs or locs[0]['location_type'] != 'physical': bad('%s: in person without a physical location' % r['name'])
        if lab['lat'] is None or not (51.3 < lab['lat'] < 53.5 and -5.4 < lab['lon'] < -2.6): bad('%s: label coords outside Wales' % r['name'])
        l0 = locs[0]
        same = l0.get('latitude') == lab['lat'] and l0.get('longitude') == lab['lon']
        if r['name'] in BROKEN:
            pc_ok = l0['addresses'][0]['postal_code'].split()[0][:2] in {'CF', 'NP', 'SA', 'LD', 'SY', 'LL'}
            if same and r['name'] != "Newtown Men's Shed": bad('%s: listed as broken but directory coords are right' % r['name'])
            if r['name'] == "Newtown Men's Shed" and (not same or l0['addresses'][0]['postal_code'].startswith('SY')):
                bad("Newtown Men's Shed: should have right coords and a wrong postcode")
        elif not same: bad('%s: directory coords differ from label' % r['name'])
    elif lab['mode'] == 'online':
        if len(locs) != 1 or locs[0]['location_type'] != 'virtual' or 'latitude' in locs[0]: bad('%s: online location' % r['name'])
    elif locs: bad('%s: %s service has a location' % (r['name'], lab['mode']))
    if lab['mode'] != 'in_person' and any(lab[k] is not None for k in ('lat', 'lon', 'town', 'county')):
        bad('%s: remote/home label has coordinates' % r['name'])
    for a in r['attributes']:
        code = a['taxonomy_term']['term']; terms_used[code] += 1
        if code not in V['terms']: bad('%s: term %s missing from vocabulary.json' % (r['name'], code))
        elif V['terms'][code] is not None and V['terms'][code] not in lab['needs']:
            bad('%s: term %s maps to %s, not in label needs %s' % (r['name'], code, V['terms'][code], lab['needs']))
for code in V['terms']:
    if code not in terms_used: bad('vocabulary term %s unused' % code)

# ---- people ----
ids = [p['id'] for p in PEOPLE]
if ids != ['wa-%02d' % i for i in range(1, 15)]: bad('people ids %s' % ids)
report = []
for p in PEOPLE:
    t = p['truth']
    for k in ('id', 'age', 'area', 'story', 'needs', 'barriers', 'mattersMost', 'goals', 'notes', 'truth'):
        if k not in p: bad('%s lacks %s' % (p['id'], k))
    if not 17 <= p['age'] <= 88: bad('%s age' % p['id'])
    if not set(p['needs']) <= NEEDS: bad('%s needs %s' % (p['id'], p['needs']))
    if not set(p['barriers']) <= BARRIERS: bad('%s barriers %s' % (p['id'], p['barriers']))
    if not set(t['avoidModes']) <= MODES: bad('%s avoidModes' % p['id'])
    if not (51.3 < t['lat'] < 53.5 and -5.4 < t['lon'] < -2.6): bad('%s coords outside Wales' % p['id'])
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
