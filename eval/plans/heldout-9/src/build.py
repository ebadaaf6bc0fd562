"""Build directory-yh.json, labels-yh.json, vocabulary.json, people-heldout-9.json and areas.json (set 9: Yorkshire and the
Humber, with North Lincolnshire across the Humber). ids are UUIDv5 (stable). Run: python3 src/build.py"""
import hashlib, json, os, re, sys, uuid
SRC = os.path.dirname(os.path.abspath(__file__)); OUT = os.path.dirname(SRC); sys.path.insert(0, SRC)
from data import P, AUTH, SERVICES, NOFEE, PEOPLE
NS = uuid.UUID('9b41d2e7-63af-4c58-8e0d-2f7a5c19b3d4')
def uid(*p): return str(uuid.uuid5(NS, '/'.join(str(x) for x in p)))
UNIT = 'ABDEFGHJLNPQRSTUWXYZ'
NEEDS = ['money','housing','food','loneliness','mental_health','physical_activity','carers','employment','bereavement',
         'alcohol_drugs','digital','long_term_conditions','learning','parenting','arts','transport']
# Taxonomy A: 'yh-community-hub-categories', an invented voluntary-sector "Community Hub" category scheme: path codes
# CH/<GROUP>/<ITEM>; the group paths CH/<GROUP> are parents and never appear as attributes; link_type 'category'.
CH = {'money': ('CH/HOME/MONEY', 'Money worries'), 'housing': ('CH/HOME/HOUSE', 'A roof over your head'),
      'food': ('CH/HOME/FOOD', 'Food and warm spaces'), 'loneliness': ('CH/CONNECT/FRIENDS', 'Making friends and company'),
      'arts': ('CH/CONNECT/CREATE', 'Get creative'), 'digital': ('CH/CONNECT/ONLINE', 'Getting online'),
      'transport': ('CH/CONNECT/TRAVEL', 'Getting about'), 'mental_health': ('CH/WELL/MIND', 'Feeling low or anxious'),
      'physical_activity': ('CH/WELL/MOVE', 'Moving more'), 'long_term_conditions': ('CH/WELL/CONDITION', 'Living with a health condition'),
      'alcohol_drugs': ('CH/WELL/RECOVERY', 'Drink, drugs and gambling'), 'bereavement': ('CH/WELL/GRIEF', 'Grief and loss'),
      'carers': ('CH/FAMILY/CARING', 'Looking after someone'), 'parenting': ('CH/FAMILY/PARENT', 'Being a parent'),
      'employment': ('CH/GROW/WORK', 'Work and volunteering'), 'learning': ('CH/GROW/LEARN', 'Learning and English')}
CH_GROUP = {'HOME': 'Home and Money', 'CONNECT': 'Stay Connected', 'WELL': 'Wellbeing', 'FAMILY': 'Family and Caring', 'GROW': 'Learn and Work'}
# Taxonomy B: 'free-text-keywords': keywords typed by the directory editor (no codes, no parents, no URIs, link_type 'keyword').
KW = {'money': 'benefits help', 'housing': 'eviction advice', 'food': 'food parcels', 'loneliness': 'coffee morning',
      'arts': 'art group', 'digital': 'tech help', 'transport': 'dial a ride', 'mental_health': 'low mood',
      'physical_activity': 'walking', 'long_term_conditions': 'health condition support', 'alcohol_drugs': 'recovery',
      'bereavement': 'grief', 'carers': 'unpaid carers', 'parenting': 'new mums', 'employment': 'job search', 'learning': 'esol'}
PAID = re.compile(r'£\s?0*[1-9]|£\s?0\.\d*[1-9]|\b\d+p\b|%')
def looks_paid(fee):
    """Paid unless the fee text is free, a voluntary donation, or has no price. 'Free ... otherwise £90' is paid."""
    if fee is None: return False
    f = fee.lower()
    if 'donation' in f or 'pay what you can' in f: return False
    if 'otherwise' in f and PAID.search(f): return True
    if re.match(r'free\b', f): return False
    return bool(PAID.search(f))
# Locations given a postcode but no coordinates (to be geocoded), and unusable ones (never used in people's lists).
NOCOORD = {'Bradford Urdu Wellbeing Circle', 'Barton Family Hub Stay and Play', 'Scarborough Art on Prescription', 'Hebden Bridge Arts Cafe',
           'Reeth Over 60s Lunch', 'Doncaster Sight Loss Social Club'}
BAD = {'Keighley Community Choir': 'zero', 'Withernsea Lunch Club': 'swapped'}
WHEN = {'in_person': ['Tuesdays 10am-12noon', 'First Thursday of the month, 2-4pm', 'Fortnightly, Wednesdays 1.30-3.30', 'Saturday mornings',
                      'Mondays and Thursdays 9.30-1', 'Monthly; ring for dates'],
        'phone': ['Mon-Fri 9am-5pm', 'Weekdays 10-4; answerphone out of hours', 'Tuesdays and Thursdays 9-1'],
        'online': ['Wednesdays 7-8pm on video', 'Every other Monday, 10.30am (video)'], 'home_visit': ['By arrangement', 'Weekly visits at a time to suit']}
EVENING = {'Dewsbury Recovery Evening Meeting': 'Tuesdays 7-9pm', 'Kirklees Recovery Phone Line': 'Daily 5pm-10pm',
           'Recovery Online Evenings West Yorkshire': 'Mon, Wed, Fri 8-9pm (video)', 'Dewsbury Evening Talking Group': 'Thursdays 7-8.30pm'}
AREA_DESC = ['Residents of %s only', 'Covers %s', 'Open to people living in %s', 'Service boundary: %s', 'We can only help people who live in %s']
WY = {'Bradford', 'Calderdale', 'Kirklees', 'Wakefield'}; SY = {'Doncaster', 'Rotherham', 'Barnsley'}
def attr(sid, n, which):
    if which == 'A':
        code, item = CH[n]; grp = code.split('/')[1]; name = '%s: %s' % (CH_GROUP[grp], item)
        return {'id': uid('attr', sid, code), 'link_id': sid, 'link_type': 'category', 'taxonomy_term_id': uid('term', code),
                'taxonomy_term': {'id': uid('term', code), 'name': name, 'description': item, 'parent_id': uid('term', 'CH/' + grp),
                                  'taxonomy': 'yh-community-hub-categories', 'taxonomy_id': uid('taxonomy', 'ch'), 'term': code,
                                  'term_uri': 'https://community-hub-categories.example/%s' % code.lower()}}
    kw = KW[n]
    return {'id': uid('attr', sid, kw), 'link_id': sid, 'link_type': 'keyword', 'taxonomy_term_id': uid('term', kw),
            'taxonomy_term': {'id': uid('term', kw), 'name': kw, 'description': None, 'parent_id': None,
                              'taxonomy': 'free-text-keywords', 'taxonomy_id': uid('taxonomy', 'kw'), 'term': kw, 'term_uri': None}}
def phone_number(mode, s, cnt):
    auth = AUTH[P[s['where']][2]] if mode == 'in_person' else None
    a = s['area'] or ''
    if mode == 'home_visit': pre = '07700'
    elif mode in ('phone', 'online') and a in ('', 'Yorkshire and the Humber', 'NHS Humber and North Yorkshire ICB', 'North Yorkshire', 'NHS West Yorkshire ICB', 'NHS South Yorkshire ICB'): pre = '0808'
    elif auth in WY or a in ('West Yorkshire', 'West Yorkshire Combined Authority', 'Kirklees', 'Calderdale', 'Bradford District', 'Wakefield District'): pre = '0113'
    elif auth in SY or a in ('South Yorkshire', 'South Yorkshire Mayoral Combined Authority', 'Barnsley'): pre = '0114'
    else: pre = '01632'
    cnt[pre] = cnt.get(pre, 0) + 1; k = 100 + cnt[pre]
    return {'0808': '0808 157 0%03d', '07700': '07700 900%03d', '0113': '0113 496 0%03d', '0114': '0114 496 0%03d', '01632': '01632 960%03d'}[pre] % k
def location(s, sid, key, j, h):
    lat, lon, dist, town, county, street, venue = P[key]
    lid = uid('location', s['name'], j); hh = hashlib.md5(('%s/%d' % (s['name'], j)).encode()).digest()
    pc = '%s %d%s%s' % (dist, 1 + hh[3] % 9, UNIT[hh[0] % 20], UNIT[hh[1] % 20])
    q = BAD.get(s['name']) if j == 0 else None
    addr = {'id': uid('address', s['name'], j), 'location_id': lid, 'address_1': '%d %s' % (1 + hh[4] % 90, street), 'city': town}
    if hh[2] % 3: addr['region'] = county
    addr.update({'postal_code': pc, 'country': 'GB', 'address_type': 'physical'})
    loc = {'id': lid, 'location_type': 'physical', 'name': venue if j == 0 or True else venue}
    if q == 'zero': loc.update(latitude=0.0, longitude=0.0)
    elif q == 'swapped': loc.update(latitude=lon, longitude=lat)
    elif not (j == 0 and s['name'] in NOCOORD): loc.update(latitude=lat, longitude=lon)
    if hh[5] % 4 == 0 or s['langs']:
        loc['accessibility'] = [{'id': uid('acc', s['name'], j), 'location_id': lid, 'description': ['Step-free access', 'Hearing loop', 'Accessible toilet', 'Free parking'][hh[6] % 4]}]
    loc['addresses'] = [addr]
    return {'id': uid('sal', s['name'], j), 'service_id': sid, 'location_id': lid, 'location': loc}
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
        if fee == 'Free':  # vary how 'free' is written; about one in seven has no fees field at all
            fee = ['Free', 'No charge', 'Free of charge', 'Free to attend', 'FREE', 'No fee', '£0', NOFEE][h[9] % 8]
        if fee is not NOFEE: r['fees'] = fee
        if s['alert']: r['alert'] = s['alert']
        if s['min'] is not None: r['minimum_age'] = s['min']
        if s['max'] is not None: r['maximum_age'] = s['max']
        r['assured_date'] = '2026-%02d-%02d' % (mon, day)
        r['last_modified'] = '2026-%02d-%02dT%02d:%02d:00.000Z' % (mon, day, 9 + i % 8, (i * 13) % 60)
        if s['min'] is not None or s['max'] is not None:
            r['eligibility_description'] = ('For young people aged %s-%s' % (s['min'], s['max']) if s['min'] is not None and s['max'] is not None
                                            else ['%s+ only' % s['min'], 'Aged %s and over' % s['min']][h[10] % 2] if s['min'] is not None else 'Up to age %s' % s['max'])
        r['organization'] = {'id': uid('org', org), 'name': org, 'description': '%s: a voluntary, community and faith sector organisation.' % org,
                             'email': 'info@%s' % dom, 'website': 'https://%s' % dom}
        w = s['where']; mode = {'phone': 'phone', 'home': 'home_visit', 'online': 'online'}.get(w, 'in_person')
        sals = []
        if mode == 'in_person':
            sals = [location(s, sid, k, j, h) for j, k in enumerate([w] + s['sites'])]
        elif mode == 'online':
            lid = uid('location', s['name'], 0)
            sals.append({'id': uid('sal', s['name'], 0), 'service_id': sid, 'location_id': lid,
                         'location': {'id': lid, 'location_type': 'virtual', 'name': 'Online', 'url': 'https://%s/join' % dom}})
        r['service_at_locations'] = sals
        r['contacts'] = [{'id': uid('contact', s['name']), 'service_id': sid, 'name': ['Hub team', 'Duty worker', 'Volunteer coordinator'][h[5] % 3], 'title': 'Coordinator'}]
        r['phones'] = [{'id': uid('phone', s['name']), 'service_id': sid, 'number': phone_number(mode, s, cnt), 'description': 'Bookings' if mode == 'phone' else 'Enquiries'}]
        att = {'in_person': 'In person', 'phone': 'Telephone', 'online': 'Online (video)', 'home_visit': 'Home visit'}[mode]
        r['schedules'] = [{'id': uid('schedule', s['name']), 'service_id': sid, 'description': EVENING.get(s['name'], WHEN[mode][h[6] % len(WHEN[mode])]), 'attending_type': att}]
        r['service_areas'] = [{'id': uid('area', s['name']), 'service_id': sid, 'name': s['area'],
                               'description': AREA_DESC[h[7] % 5] % s['area'], 'extent': None, 'extent_type': None, 'uri': None}] if s['area'] else []
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
def vocabulary(notax, set8):
    terms = {CH[n][0]: n for n in NEEDS}; terms.update({KW[n]: n for n in NEEDS})
    tn = {CH[n][0]: '%s: %s' % (CH_GROUP[CH[n][0].split('/')[1]], CH[n][1]) for n in NEEDS}; tn.update({KW[n]: KW[n] for n in NEEDS})
    return {"_why": "Written with the Yorkshire and the Humber set (9). Two taxonomies, both different from sets 7 and 8: 'yh-community-hub-categories' (an invented voluntary-sector 'Community Hub' category scheme: path codes like CH/WELL/GRIEF, names 'Group: Item', group paths CH/<GROUP> are parents that never appear as attributes, link_type 'category') and 'free-text-keywords' (keywords typed by a directory editor, e.g. 'coffee morning', 'esol'; no codes, parents or URIs; link_type 'keyword'). About half the records use the first, 30%% the second; %d records have no taxonomy and must be matched on free text. 'terms' maps every code or keyword used to the needs vocabulary (the same 16 words as earlier sets). 'needs' and 'barriers' copied unchanged from set 8's vocabulary.json." % notax,
            "taxonomy": "yh-community-hub-categories", "secondTaxonomy": "free-text-keywords", "terms": terms, "termNames": tn,
            "parents": {'CH/' + k: v for k, v in CH_GROUP.items()}, "needs": set8['needs'], "barriers": set8['barriers']}
if __name__ == '__main__':
    recs, labels = build()
    dump = lambda o, n: json.dump(o, open(os.path.join(OUT, n), 'w', encoding='utf-8'), ensure_ascii=False, indent=1)
    dump(recs, 'directory-yh.json'); dump(labels, 'labels-yh.json')
    used = {a['taxonomy_term']['term'] for r in recs for a in r['attributes']}
    set8 = json.load(open('/work/main/eval/plans/heldout-8/vocabulary.json', encoding='utf-8'))
    v = vocabulary(sum(not r['attributes'] for r in recs), set8); v['terms'] = {k: x for k, x in v['terms'].items() if k in used}
    v['termNames'] = {k: x for k, x in v['termNames'].items() if k in used}
    dump(v, 'vocabulary.json'); dump(PEOPLE, 'people-heldout-9.json')
    print('%d services' % len(recs))
