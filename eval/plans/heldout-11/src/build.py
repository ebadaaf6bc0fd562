"""Build directory-gm.json, labels-gm.json, vocabulary.json and people-heldout-11.json (set 11: Greater Manchester,
Merseyside and Cheshire). ids are UUIDv5 (stable). Run: python3 src/build.py && python3 check.py --write-areas"""
import hashlib, json, os, re, sys, uuid
SRC = os.path.dirname(os.path.abspath(__file__)); OUT = os.path.dirname(SRC); sys.path.insert(0, SRC)
from data import P, AUTH, SERVICES, NOFEE, PEOPLE
NS = uuid.UUID('b7e4d1c2-9a3f-4e58-8c61-2f0a5d7e3b19')
def uid(*p): return str(uuid.uuid5(NS, '/'.join(str(x) for x in p)))
UNIT = 'ABDEFGHJLNPQRSTUWXYZ'
NEEDS = ['money', 'housing', 'food', 'loneliness', 'mental_health', 'physical_activity', 'carers', 'employment', 'bereavement',
         'alcohol_drugs', 'digital', 'long_term_conditions', 'learning', 'parenting', 'arts', 'transport']
# Taxonomy A: 'nw-five-ways-wellbeing', an invented social-prescribing offer catalogue: the NEF "Five Ways to Wellbeing"
# (Connect, Be active, Take notice, Keep learning, Give) plus a sixth 'Practical support' branch, each split into need
# categories. Codes 'CN-SOCIAL' etc.; the two-letter branch codes (CN, BA, TN, KL, GV, PS) are parents and never appear as
# attributes; link_type 'wellbeing_way'; term_uri on a .example host.
TVS = {'money': ('PS-MONEY', 'Money, debt and benefits'), 'food': ('PS-FOOD', 'Food and essentials'),
       'housing': ('PS-HOME', 'Housing and tenancy'), 'carers': ('PS-CARERS', 'Unpaid carers'), 'transport': ('PS-TRAVEL', 'Getting about'),
       'long_term_conditions': ('BA-HEALTH', 'Living well with a health condition'), 'physical_activity': ('BA-MOVE', 'Exercise and movement'),
       'loneliness': ('CN-SOCIAL', 'Social groups and befriending'), 'parenting': ('CN-FAMILY', 'Families and young children'),
       'bereavement': ('CN-LOSS', 'Bereavement and loss'), 'mental_health': ('TN-MIND', 'Emotional wellbeing'),
       'alcohol_drugs': ('TN-RECOVERY', 'Recovery from alcohol and drugs'), 'arts': ('TN-CREATE', 'Arts and creativity'),
       'learning': ('KL-LEARN', 'Courses, ESOL and skills'), 'digital': ('KL-DIGITAL', 'Digital skills'),
       'employment': ('GV-WORK', 'Work, volunteering and skills for work')}
TVS_FN = {'CN': 'Connect', 'BA': 'Be active', 'TN': 'Take notice', 'KL': 'Keep learning', 'GV': 'Give', 'PS': 'Practical support'}
def fn(code): return code[:2]
# Taxonomy B: 'directory-keywords': Title Case keywords typed by directory editors (no codes, parents or URIs; link_type 'keyword').
TAG = {'money': 'Debt Advice', 'housing': 'Housing', 'food': 'Food Bank', 'loneliness': 'Befriending', 'mental_health': 'Mental Health',
       'physical_activity': 'Exercise', 'carers': 'Carers', 'employment': 'Jobs', 'bereavement': 'Bereavement',
       'alcohol_drugs': 'Recovery', 'digital': 'Digital Skills', 'long_term_conditions': 'Long Term Conditions',
       'learning': 'ESOL & Courses', 'parenting': 'Parents', 'arts': 'Arts & Crafts', 'transport': 'Transport'}
PAID = re.compile(r'£\s?0*[1-9]|£\s?0\.\d*[1-9]|\b\d+p\b|%')
def looks_paid(fee):
    """Paid unless the fee text is free, a voluntary donation, or has no price. 'Free for X, £5 otherwise' and
    '£120; fee waived for ...' are paid (the label cannot say who is exempt)."""
    if fee is None: return False
    f = fee.lower()
    if 'donation' in f or 'pay what you can' in f: return False
    if 'otherwise' in f and PAID.search(f): return True
    if re.match(r'free\b', f): return False
    return bool(PAID.search(f))
# Locations with a postcode but no coordinates (to be geocoded), and unusable ones (never used in people's lists).
NOCOORD = {'Wybunbury Village Coffee Morning', 'Malpas Craft and Natter', "Wythenshawe Somali Women's Advice Circle", 'Kirkby Recovery Cafe',
           "Hyde Men's Shed"}
BAD = {'Crewe Carers Coffee': 'osgb', 'Southport Art Club': 'zero'}
OSGB = {'Crewe Carers Coffee': (370400.0, 355600.0)}  # easting/northing typed into latitude/longitude
WHEN = {'in_person': ['Tues 10-12', 'First Thursday of the month, 2-4pm', 'Every other Wednesday 1.30-3.30', 'Mondays 10am-12pm (not school holidays)',
                      'Fridays 10.30-12.30', 'Monthly - ring for dates', 'Saturday mornings 10-12'],
        'phone': ['Mon-Fri 9am-5pm', 'Weekdays 9.30-4.30; voicemail out of hours', 'Tuesdays and Thursdays 10am-2pm'],
        'online': ['Wednesdays 7-8pm (video)', 'Alternate Mondays, 10.30am (Teams)'], 'home_visit': ['By appointment', 'Weekly visits at a time agreed with you']}
AREA_DESC = ['Residents of %s only', 'We cover %s', 'You must live in %s', 'Catchment area: %s', 'Referrals accepted for people registered with a GP in %s',
             'Available across %s']
def elig(s, h):
    if s['elig']: return s['elig']
    a, b = s['min'], s['max']
    if a is not None and b is not None: return ['Young people aged %d to %d' % (a, b), '%d-%d year olds' % (a, b), 'Ages %d\u2013%d' % (a, b)][h[10] % 3]
    if a is not None: return ['%d+ only' % a, 'Aged %d and over' % a, 'Over %ds' % (a - 1)][h[10] % 3]
    return 'Up to and including age %d' % b
def attr(sid, n, which):
    if which == 'A':
        code, item = TVS[n]; name = '%s: %s' % (TVS_FN[fn(code)], item)
        return {'id': uid('attr', sid, code), 'link_id': sid, 'link_type': 'wellbeing_way', 'taxonomy_term_id': uid('term', code),
                'taxonomy_term': {'id': uid('term', code), 'name': name, 'description': item, 'parent_id': uid('term', fn(code)),
                                  'taxonomy': 'nw-five-ways-wellbeing', 'taxonomy_id': uid('taxonomy', 'fiveways'), 'term': code,
                                  'term_uri': 'https://five-ways-offer.example/terms/%s' % code.lower()}}
    tg = TAG[n]
    return {'id': uid('attr', sid, tg), 'link_id': sid, 'link_type': 'keyword', 'taxonomy_term_id': uid('term', tg),
            'taxonomy_term': {'id': uid('term', tg), 'name': tg, 'description': None, 'parent_id': None,
                              'taxonomy': 'directory-keywords', 'taxonomy_id': uid('taxonomy', 'keywords'), 'term': tg, 'term_uri': None}}
GMA = {'Manchester', 'Salford', 'Stockport', 'Oldham', 'Rochdale', 'Bolton', 'Wigan', 'Bury', 'Tameside', 'Trafford'}
MERSEY = {'Liverpool', 'Wirral', 'Sefton', 'Knowsley', 'St Helens', 'Halton'}
GM_AREAS = {'Manchester City Council area', 'Salford', 'Stockport', 'Oldham', 'Rochdale Borough', 'Bolton', 'Wigan Borough', 'Bury', 'Tameside', 'Trafford',
            'Greater Manchester', 'Greater Manchester Combined Authority', 'NHS Greater Manchester', 'M22, M23', 'Stockport and Tameside'}
MY_AREAS = {'Liverpool', 'Wirral', 'Sefton', 'Knowsley', 'St Helens Borough', 'Halton', 'Merseyside', 'Liverpool City Region', 'L4, L5, L6'}
def phone_number(mode, s, cnt):
    auth = AUTH[P[s['where']][2]] if mode == 'in_person' else None
    a = s['area'] or ''
    if mode == 'home_visit': pre = '07700'
    elif auth in GMA or a in GM_AREAS: pre = '0161'
    elif auth in MERSEY or a in MY_AREAS: pre = '0151'
    else: pre = '01632'
    cnt[pre] = cnt.get(pre, 0) + 1; k = 100 + cnt[pre]
    return {'0161': '0161 496 0%03d', '07700': '07700 900%03d', '0151': '0151 496 0%03d', '01632': '01632 960%03d'}[pre] % k
def location(s, sid, key, j):
    lat, lon, dist, town, county, street, venue = P[key]
    lid = uid('location', s['name'], j); hh = hashlib.md5(('%s/%d' % (s['name'], j)).encode()).digest()
    pc = '%s %d%s%s' % (dist, 1 + hh[3] % 9, UNIT[hh[0] % 20], UNIT[hh[1] % 20])
    q = BAD.get(s['name']) if j == 0 else None
    addr = {'id': uid('address', s['name'], j), 'location_id': lid, 'address_1': '%d %s' % (1 + hh[4] % 90, street), 'city': town}
    if hh[2] % 3: addr['region'] = county
    addr.update({'postal_code': pc, 'country': 'GB', 'address_type': 'physical'})
    loc = {'id': lid, 'location_type': 'physical', 'name': venue}
    if q == 'zero': loc.update(latitude=0.0, longitude=0.0)
    elif q == 'osgb': loc.update(latitude=OSGB[s['name']][0], longitude=OSGB[s['name']][1])
    elif not (j == 0 and s['name'] in NOCOORD): loc.update(latitude=lat, longitude=lon)
    if hh[5] % 4 == 0 or s['langs']:
        loc['accessibility'] = [{'id': uid('acc', s['name'], j), 'location_id': lid, 'description': ['Step-free access', 'Hearing loop', 'Accessible toilet', 'Parking nearby'][hh[6] % 4]}]
    loc['addresses'] = [addr]
    return {'id': uid('sal', s['name'], j), 'service_id': sid, 'location_id': lid, 'location': loc}
SPLIT_AREAS = {'Stockport and Tameside'}
FREE_WAYS = ['Free', 'No cost', 'Free of charge', 'free', 'FREE', '£0.00', 'Free - just turn up', 'Free, no referral needed', 'No charge to attend', NOFEE, NOFEE]
def build():
    recs, labels, names, cnt = [], {}, set(), {}
    for i, s in enumerate(SERVICES):
        assert s['name'] not in names, s['name']; names.add(s['name'])
        sid = uid('service', s['name']); org = s['org']; dom = re.sub(r'[^a-z0-9]+', '-', org.lower()).strip('-')[:40] + '.example'
        slug = re.sub(r'[^a-z0-9]+', '-', s['name'].lower()).strip('-')[:60]
        h = hashlib.md5(s['name'].encode()).digest()
        day, mon = 1 + (i * 7) % 28, 1 + (i * 5) % 11
        r = {'id': sid, 'organization_id': uid('org', org), 'name': s['name'], 'description': s['desc'],
             'url': 'https://%s/%s' % (dom, slug), 'email': 'hello@%s' % dom, 'status': 'inactive' if s['alert'] else 'active'}
        fee = s['fees']
        if fee == 'Free': fee = FREE_WAYS[h[9] % len(FREE_WAYS)]
        if fee is not NOFEE: r['fees'] = fee
        if s['alert']: r['alert'] = s['alert']
        if s['min'] is not None: r['minimum_age'] = s['min']
        if s['max'] is not None: r['maximum_age'] = s['max']
        r['assured_date'] = '2026-%02d-%02d' % (mon, day)
        r['last_modified'] = '2026-%02d-%02dT%02d:%02d:00.000Z' % (mon, day, 9 + i % 8, (i * 13) % 60)
        if s['min'] is not None or s['max'] is not None or s['elig']: r['eligibility_description'] = elig(s, h)
        r['organization'] = {'id': uid('org', org), 'name': org, 'description': '%s: a voluntary, community, faith or public sector provider.' % org,
                             'email': 'info@%s' % dom, 'website': 'https://%s' % dom}
        w = s['where']; mode = {'phone': 'phone', 'home': 'home_visit', 'online': 'online'}.get(w, 'in_person')
        sals = []
        if mode == 'in_person':
            sals = [location(s, sid, k, j) for j, k in enumerate([w] + s['sites'])]
        elif mode == 'online':
            lid = uid('location', s['name'], 0)
            sals.append({'id': uid('sal', s['name'], 0), 'service_id': sid, 'location_id': lid,
                         'location': {'id': lid, 'location_type': 'virtual', 'name': 'Online', 'url': 'https://%s/join' % dom}})
        r['service_at_locations'] = sals
        r['contacts'] = [{'id': uid('contact', s['name']), 'service_id': sid, 'name': ['Service team', 'Duty adviser', 'Volunteer coordinator', 'Group leader'][h[5] % 4], 'title': 'Coordinator'}]
        r['phones'] = [{'id': uid('phone', s['name']), 'service_id': sid, 'number': phone_number(mode, s, cnt), 'description': 'Bookings' if mode == 'phone' else 'Enquiries'}]
        att = {'in_person': 'In person', 'phone': 'Telephone', 'online': 'Online (video)', 'home_visit': 'Home visit'}[mode]
        r['schedules'] = [{'id': uid('schedule', s['name']), 'service_id': sid, 'description': s['sched'] or WHEN[mode][h[6] % len(WHEN[mode])], 'attending_type': att}]
        # 'Stockport and Tameside': a Stockport service that also takes Tameside referrals is written as two service_areas;
        # the label's area is the joint name (areas.json 'contains' holds the union).
        anames = s['area'].split(' and ') if s['area'] in SPLIT_AREAS else [s['area']] if s['area'] else []
        r['service_areas'] = [{'id': uid('area', s['name'], j), 'service_id': sid, 'name': nm,
                               'description': (AREA_DESC[h[7] % len(AREA_DESC)] % nm) if j == 0 else 'We also take referrals from %s' % nm,
                               'extent': None, 'extent_type': None, 'uri': None} for j, nm in enumerate(anames)]
        if s['langs']: r['languages'] = [{'id': uid('lang', s['name'], c), 'service_id': sid, 'name': n, 'code': c} for n, c in s['langs']]
        which = 'AAAAAKKKNN'[h[8] % 10]
        r['attributes'] = [] if which == 'N' else [attr(sid, n, which) for n in s['needs']]
        recs.append(r)
        lab = {'name': s['name'], 'needs': list(s['needs']), 'free': not looks_paid(r.get('fees')), 'active': not s['alert'], 'mode': mode,
               'lat': None, 'lon': None, 'town': None, 'county': None, 'minAge': s['min'], 'maxAge': s['max'], 'area': s['area']}
        if mode == 'in_person':
            lat, lon, _, town, county = P[w][:5]; lab.update(lat=lat, lon=lon, town=town, county=county)
        labels[sid] = lab
    return recs, labels
CODES = {v[0] for v in TVS.values()}
def vocabulary(notax, set9, used):
    terms = {TVS[n][0]: n for n in NEEDS}; terms.update({TAG[n]: n for n in NEEDS})
    tn = {TVS[n][0]: '%s: %s' % (TVS_FN[fn(TVS[n][0])], TVS[n][1]) for n in NEEDS}; tn.update({TAG[n]: TAG[n] for n in NEEDS})
    return {"_why": "Written with the Greater Manchester, Merseyside and Cheshire set (11). Two taxonomies, both different from sets 9-10: 'nw-five-ways-wellbeing' (an invented social-prescribing offer catalogue built on the Five Ways to Wellbeing - Connect, Be active, Take notice, Keep learning, Give - plus a 'Practical support' branch; codes such as CN-SOCIAL, BA-MOVE, TN-RECOVERY, PS-MONEY, names 'Branch: Category'; the two-letter branch codes are parents that never appear as attributes; link_type 'wellbeing_way') and 'directory-keywords' (Title Case keywords typed by editors, e.g. 'Befriending', 'Recovery', 'ESOL & Courses'; no codes, parents or URIs; link_type 'keyword'). Note the Five Ways branch is NOT the need: 'Give: Work, volunteering' is employment, 'Take notice: Recovery' is alcohol_drugs. %d records have no taxonomy and must be matched on free text. 'terms' maps every code or keyword used to the needs vocabulary (the same 16 words as earlier sets). 'needs' and 'barriers' copied unchanged from set 10's vocabulary.json." % notax,
            "taxonomy": "nw-five-ways-wellbeing", "secondTaxonomy": "directory-keywords",
            "terms": {k: x for k, x in terms.items() if k in used}, "termNames": {k: x for k, x in tn.items() if k in used},
            "parents": {k: v for k, v in TVS_FN.items() if any(fn(c) == k for c in used if c in CODES)},
            "needs": set9['needs'], "barriers": set9['barriers']}
if __name__ == '__main__':
    recs, labels = build()
    dump = lambda o, n: json.dump(o, open(os.path.join(OUT, n), 'w', encoding='utf-8'), ensure_ascii=False, indent=1)
    dump(recs, 'directory-gm.json'); dump(labels, 'labels-gm.json')
    used = {a['taxonomy_term']['term'] for r in recs for a in r['attributes']}
    set9 = json.load(open('/work/main/eval/plans/heldout-10/vocabulary.json', encoding='utf-8'))
    dump(vocabulary(sum(not r['attributes'] for r in recs), set9, used), 'vocabulary.json'); dump(PEOPLE, 'people-heldout-11.json')
    print('%d services' % len(recs))
