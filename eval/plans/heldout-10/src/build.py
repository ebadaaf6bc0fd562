"""Build directory-tv.json, labels-tv.json, vocabulary.json and people-heldout-10.json (set 10: Thames Valley, the
Chilterns and West London). ids are UUIDv5 (stable). Run: python3 src/build.py && python3 check.py --write-areas"""
import hashlib, json, os, re, sys, uuid
SRC = os.path.dirname(os.path.abspath(__file__)); OUT = os.path.dirname(SRC); sys.path.insert(0, SRC)
from data import P, AUTH, SERVICES, NOFEE, PEOPLE
NS = uuid.UUID('5e0c7a21-4b9d-4f36-a2c8-71d0e3b6f94a')
def uid(*p): return str(uuid.uuid5(NS, '/'.join(str(x) for x in p)))
UNIT = 'ABDEFGHJLNPQRSTUWXYZ'
NEEDS = ['money', 'housing', 'food', 'loneliness', 'mental_health', 'physical_activity', 'carers', 'employment', 'bereavement',
         'alcohol_drugs', 'digital', 'long_term_conditions', 'learning', 'parenting', 'arts', 'transport']
# Taxonomy A: 'tv-council-service-list', an invented council service list in the style of the esd/LGA "Local Government
# Service List": four-digit codes 'TVS-nnnn' (not real LGSL numbers), names 'Function > Service'; the hundreds codes
# TVS-nn00 are the functions (parents) and never appear as attributes; link_type 'service_type'.
TVS = {'money': ('TVS-1110', 'Benefits and money advice'), 'food': ('TVS-1120', 'Food banks and community pantries'),
       'housing': ('TVS-1210', 'Housing advice and homelessness prevention'), 'carers': ('TVS-1310', 'Support for unpaid carers'),
       'long_term_conditions': ('TVS-1320', 'Living with a long-term condition'), 'loneliness': ('TVS-1330', 'Befriending and social groups'),
       'mental_health': ('TVS-1410', 'Mental wellbeing'), 'physical_activity': ('TVS-1420', 'Physical activity and falls prevention'),
       'alcohol_drugs': ('TVS-1430', 'Drug and alcohol services'), 'bereavement': ('TVS-1440', 'Bereavement support'),
       'employment': ('TVS-1510', 'Employment support'), 'learning': ('TVS-1520', 'Adult and community learning (including ESOL)'),
       'digital': ('TVS-1530', 'Digital inclusion'), 'transport': ('TVS-1610', 'Community transport and volunteer car schemes'),
       'parenting': ('TVS-1710', 'Family centres and parenting support'), 'arts': ('TVS-1810', 'Arts, culture and creative activities')}
TVS_FN = {'TVS-1100': 'Money and benefits', 'TVS-1200': 'Housing', 'TVS-1300': 'Adult care and support', 'TVS-1400': 'Public health and wellbeing',
          'TVS-1500': 'Learning, skills and work', 'TVS-1600': 'Transport and travel', 'TVS-1700': 'Children and families', 'TVS-1800': 'Culture and leisure'}
def fn(code): return code[:6] + '00'
# Taxonomy B: 'directory-tags': lower-case tags typed by directory editors (no codes, parents or URIs; link_type 'tag').
TAG = {'money': 'money advice', 'housing': 'homelessness', 'food': 'foodbank', 'loneliness': 'befriending', 'mental_health': 'wellbeing',
       'physical_activity': 'exercise', 'carers': 'carer support', 'employment': 'employability', 'bereavement': 'bereavement support',
       'alcohol_drugs': 'substance misuse', 'digital': 'digital inclusion', 'long_term_conditions': 'long term condition',
       'learning': 'adult learning', 'parenting': 'parent and baby', 'arts': 'creative', 'transport': 'community transport'}
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
NOCOORD = {'Wycombe Urdu Mums Wellbeing Circle', 'Ascott Village Hall Coffee Morning', 'Hayes Food and Benefits Hub', 'Hounslow Punjabi Yoga',
           'Didcot Money Advice Surgery'}
BAD = {'Bicester Carers Group': 'osgb', 'Acton Recovery Evening': 'zero'}
OSGB = {'Bicester Carers Group': (458300.0, 222600.0)}  # easting/northing typed into latitude/longitude
WHEN = {'in_person': ['Tuesdays 10am-12 noon', 'First Thursday of the month, 2-4pm', 'Fortnightly on Wednesdays, 1.30-3.30pm', 'Mondays 10-12 (term time only)',
                      'Every Friday 10.30am-12.30pm', 'Monthly - ring for dates'],
        'phone': ['Mon-Fri 9am-5pm', 'Weekdays 9.30-4.30; voicemail out of hours', 'Tuesdays and Thursdays 10am-2pm'],
        'online': ['Wednesdays 7-8pm (video)', 'Alternate Mondays, 10.30am (Teams)'], 'home_visit': ['By appointment', 'Weekly visits at a time agreed with you']}
AREA_DESC = ['For residents of %s', 'Covers %s only', 'Open to people who live in %s', 'Catchment: %s', 'We can only accept referrals for people living in %s',
             'Service area: %s']
def elig(s, h):
    if s['elig']: return s['elig']
    a, b = s['min'], s['max']
    if a is not None and b is not None: return ['Young people aged %d to %d' % (a, b), '%d-%d year olds' % (a, b), 'Ages %d\u2013%d' % (a, b)][h[10] % 3]
    if a is not None: return ['%d+ only' % a, 'Aged %d and over' % a, 'Over %ds' % (a - 1)][h[10] % 3]
    return 'Up to and including age %d' % b
def attr(sid, n, which):
    if which == 'A':
        code, item = TVS[n]; name = '%s > %s' % (TVS_FN[fn(code)], item)
        return {'id': uid('attr', sid, code), 'link_id': sid, 'link_type': 'service_type', 'taxonomy_term_id': uid('term', code),
                'taxonomy_term': {'id': uid('term', code), 'name': name, 'description': item, 'parent_id': uid('term', fn(code)),
                                  'taxonomy': 'tv-council-service-list', 'taxonomy_id': uid('taxonomy', 'tvs'), 'term': code,
                                  'term_uri': 'https://council-service-list.example/services/%s' % code[4:]}}
    tg = TAG[n]
    return {'id': uid('attr', sid, tg), 'link_id': sid, 'link_type': 'tag', 'taxonomy_term_id': uid('term', tg),
            'taxonomy_term': {'id': uid('term', tg), 'name': tg, 'description': None, 'parent_id': None,
                              'taxonomy': 'directory-tags', 'taxonomy_id': uid('taxonomy', 'tags'), 'term': tg, 'term_uri': None}}
LONDON = {'Hillingdon', 'Ealing', 'Hounslow'}; BERKS = {'Reading', 'Wokingham', 'Bracknell Forest', 'West Berkshire', 'Slough', 'Windsor and Maidenhead'}
def phone_number(mode, s, cnt):
    auth = AUTH[P[s['where']][2]] if mode == 'in_person' else None
    a = s['area'] or ''
    if mode == 'home_visit': pre = '07700'
    elif auth in LONDON or 'London' in a or a == 'NHS North West London ICB': pre = '020'
    elif auth in BERKS or a in ('West Berkshire', 'Reading Borough', 'Wokingham Borough', 'Bracknell Forest', 'Slough Borough', 'Berkshire', 'Berkshire West', 'NHS Frimley ICB', 'Royal Borough of Windsor and Maidenhead'): pre = '0118'
    elif mode in ('phone', 'online'): pre = '0808'
    else: pre = '01632'
    cnt[pre] = cnt.get(pre, 0) + 1; k = 100 + cnt[pre]
    return {'0808': '0808 157 0%03d', '07700': '07700 900%03d', '020': '020 7946 0%03d', '0118': '0118 496 0%03d', '01632': '01632 960%03d'}[pre] % k
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
FREE_WAYS = ['Free', 'No charge', 'Free of charge', 'Free to attend', 'FREE', 'Nil', 'Free - no referral needed', NOFEE]
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
        r['service_areas'] = [{'id': uid('area', s['name']), 'service_id': sid, 'name': s['area'],
                               'description': AREA_DESC[h[7] % len(AREA_DESC)] % s['area'], 'extent': None, 'extent_type': None, 'uri': None}] if s['area'] else []
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
def vocabulary(notax, set9, used):
    terms = {TVS[n][0]: n for n in NEEDS}; terms.update({TAG[n]: n for n in NEEDS})
    tn = {TVS[n][0]: '%s > %s' % (TVS_FN[fn(TVS[n][0])], TVS[n][1]) for n in NEEDS}; tn.update({TAG[n]: TAG[n] for n in NEEDS})
    return {"_why": "Written with the Thames Valley, Chilterns and West London set (10). Two taxonomies, both different from sets 7-9: 'tv-council-service-list' (an invented council service list in the style of the esd/LGA Local Government Service List: four-digit codes TVS-nnnn that are NOT real LGSL numbers, names 'Function > Service', the function codes TVS-nn00 are parents that never appear as attributes, link_type 'service_type') and 'directory-tags' (lower-case tags typed by directory editors, e.g. 'befriending', 'substance misuse', 'employability'; no codes, parents or URIs; link_type 'tag'). About half the records use the first, 30%% the second; %d records have no taxonomy and must be matched on free text. 'terms' maps every code or tag used to the needs vocabulary (the same 16 words as earlier sets). 'needs' and 'barriers' copied unchanged from set 9's vocabulary.json." % notax,
            "taxonomy": "tv-council-service-list", "secondTaxonomy": "directory-tags",
            "terms": {k: x for k, x in terms.items() if k in used}, "termNames": {k: x for k, x in tn.items() if k in used},
            "parents": {k: v for k, v in TVS_FN.items() if any(fn(c) == k for c in used if c.startswith('TVS-'))},
            "needs": set9['needs'], "barriers": set9['barriers']}
if __name__ == '__main__':
    recs, labels = build()
    dump = lambda o, n: json.dump(o, open(os.path.join(OUT, n), 'w', encoding='utf-8'), ensure_ascii=False, indent=1)
    dump(recs, 'directory-tv.json'); dump(labels, 'labels-tv.json')
    used = {a['taxonomy_term']['term'] for r in recs for a in r['attributes']}
    set9 = json.load(open('/work/main/eval/plans/heldout-9/vocabulary.json', encoding='utf-8'))
    dump(vocabulary(sum(not r['attributes'] for r in recs), set9, used), 'vocabulary.json'); dump(PEOPLE, 'people-heldout-10.json')
    print('%d services' % len(recs))
