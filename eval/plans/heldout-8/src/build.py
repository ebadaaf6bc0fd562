"""Build directory-wx.json, labels-wx.json, vocabulary.json and people-heldout-8.json (Wessex: Hampshire, Dorset, Wiltshire,
Isle of Wight). ids are UUIDv5 (stable). Run: python3 src/build.py"""
import hashlib, json, os, re, sys, uuid
SRC = os.path.dirname(os.path.abspath(__file__)); OUT = os.path.dirname(SRC); sys.path.insert(0, SRC)
from data import P, SERVICES, NOFEE, PEOPLE, LANGS
NS = uuid.UUID('3c7e2b90-5a14-4f6d-9b21-7d0c8e4a1f63')
def uid(*p): return str(uuid.uuid5(NS, '/'.join(str(x) for x in p)))
UNIT = 'ABDEFGHJLNPQRSTUWXYZ'
NEEDS = ['money','housing','food','loneliness','mental_health','physical_activity','carers','employment','bereavement',
         'alcohol_drugs','digital','long_term_conditions','learning','parenting','arts','transport']
# Taxonomy A: 'wessex-asc-directory', an invented council "Adult Social Care Directory" code list (codes ASCD.<group>.<nn>,
# names "Group > Item"; the group codes ASCD.<group> are parents and never appear as attributes).
ASCD = {'money': ('ASCD.1.01', 'Benefits and debt advice'), 'housing': ('ASCD.1.02', 'Housing and homelessness'),
        'food': ('ASCD.1.03', 'Food support and lunch clubs'), 'loneliness': ('ASCD.2.01', 'Befriending and social groups'),
        'arts': ('ASCD.2.02', 'Creative and cultural activities'), 'digital': ('ASCD.2.03', 'Digital skills and getting online'),
        'transport': ('ASCD.2.04', 'Community transport'), 'mental_health': ('ASCD.3.01', 'Emotional and mental wellbeing'),
        'physical_activity': ('ASCD.3.02', 'Keeping active'), 'long_term_conditions': ('ASCD.3.03', 'Living with a long-term condition'),
        'alcohol_drugs': ('ASCD.3.04', 'Alcohol, drugs and gambling'), 'bereavement': ('ASCD.3.05', 'Bereavement and loss'),
        'carers': ('ASCD.4.01', 'Support for unpaid carers'), 'parenting': ('ASCD.4.02', 'Parenting and early years'),
        'employment': ('ASCD.5.01', 'Employment and volunteering'), 'learning': ('ASCD.5.02', 'Adult learning and English (ESOL)')}
ASCD_GROUP = {'1': 'Money, Home and Food', '2': 'Staying Connected', '3': 'Health and Wellbeing', '4': 'Carers and Families', '5': 'Work and Learning'}
# Taxonomy B: 'hiow-sp-menu', an invented ICB social prescribing menu (mnemonic codes SPM:XXX, flat list, link_type service_type).
SPM = {'money': ('SPM:BEN', 'Welfare rights, benefits and debt'), 'housing': ('SPM:HOU', 'Housing and tenancy'),
       'food': ('SPM:FOD', 'Food insecurity'), 'loneliness': ('SPM:ISO', 'Social isolation and befriending'),
       'arts': ('SPM:CRE', 'Arts on prescription'), 'digital': ('SPM:DIG', 'Digital inclusion'), 'transport': ('SPM:TRA', 'Getting there: transport'),
       'mental_health': ('SPM:MWB', 'Low mood, stress and anxiety'), 'physical_activity': ('SPM:ACT', 'Physical activity on prescription'),
       'long_term_conditions': ('SPM:LTC', 'Long-term condition peer support'), 'alcohol_drugs': ('SPM:SUB', 'Alcohol, drugs and gambling harm'),
       'bereavement': ('SPM:GRF', 'Grief and loss'), 'carers': ('SPM:CAR', 'Unpaid carers'), 'parenting': ('SPM:FAM', 'Parents and families'),
       'employment': ('SPM:WRK', 'Work, volunteering and skills'), 'learning': ('SPM:LRN', 'Learning and English language')}
PAID = re.compile(r'£\s?0*[1-9]|£\s?0\.\d*[1-9]|\b\d+p\b|%')
def looks_paid(fee):
    """Paid unless the fee text is free, a voluntary donation, or has no price. 'Free ... otherwise £60' is paid."""
    if fee is None: return False
    f = fee.lower()
    if 'donation' in f or 'pay what you can' in f: return False
    if 'otherwise' in f and PAID.search(f): return True
    if re.match(r'free\b', f): return False
    return bool(PAID.search(f))
WHEN = {'in_person': ['Tuesdays 10am-12noon', 'First Thursday of the month, 2-4pm', 'Fortnightly, Wednesdays 1.30-3.30', 'Saturday mornings',
                      'Mondays and Thursdays 9.30-1', 'Monthly; ring for dates'],
        'phone': ['Mon-Fri 9am-5pm', 'Weekdays 10-4; answerphone out of hours', 'Tuesdays and Thursdays 9-1'],
        'online': ['Wednesdays 7-8pm on video', 'Every other Monday, 10.30am (video)'], 'home_visit': ['By arrangement', 'Weekly visits at a time to suit']}
AREA_DESC = ['Residents of %s only', 'Covers %s', 'Open to people living in %s', 'Service boundary: %s']
def attr(sid, n, which):
    if which == 'A':
        code, item = ASCD[n]; grp = code.split('.')[1]; name = '%s > %s' % (ASCD_GROUP[grp], item)
        tax, lt, par, uri = 'wessex-asc-directory', 'category', uid('term', 'ASCD.' + grp), 'https://asc-directory.example/codes/%s' % code
    else:
        code, name = SPM[n]; tax, lt, par, uri = 'hiow-sp-menu', 'service_type', None, 'https://sp-menu.example/%s' % code.replace(':', '/')
    return {'id': uid('attr', sid, code), 'link_id': sid, 'link_type': lt, 'taxonomy_term_id': uid('term', code),
            'taxonomy_term': {'id': uid('term', code), 'name': name, 'description': name.split(' > ')[-1], 'parent_id': par,
                              'taxonomy': tax, 'taxonomy_id': uid('taxonomy', tax), 'term': code, 'term_uri': uri}}
def phone_number(mode, s, cnt):
    unit = P[s['where']][2] if mode == 'in_person' else None
    if mode in ('phone', 'online') and s['area'] in (None, 'Wessex', 'NHS Hampshire and Isle of Wight ICB', 'Hampshire', 'Dorset', 'Wiltshire'): pre = '0808'
    elif mode == 'home_visit': pre = '07700'
    elif unit == 'Southampton' or s['area'] == 'Southampton': pre = '023 80'
    elif unit == 'Portsmouth' or s['area'] == 'Portsmouth': pre = '023 92'
    else: pre = '01632'
    cnt[pre] = cnt.get(pre, 0) + 1; k = 100 + cnt[pre]
    return {'0808': '0808 157 0%03d', '07700': '07700 900%03d', '023 80': '023 8049 6%03d', '023 92': '023 9249 6%03d', '01632': '01632 960%03d'}[pre] % k
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
        if fee == 'Free':  # vary how 'free' is written, as real imports do; about one in six has no fees field at all
            fee = ['Free', 'Free', 'Free of charge', 'No cost to you', 'FREE', 'Free; no referral needed', NOFEE][h[9] % 7]
        if fee is not NOFEE: r['fees'] = fee
        if s['alert']: r['alert'] = s['alert']
        if s['min'] is not None: r['minimum_age'] = s['min']
        if s['max'] is not None: r['maximum_age'] = s['max']
        r['assured_date'] = '2026-%02d-%02d' % (mon, day)
        r['last_modified'] = '2026-%02d-%02dT%02d:%02d:00.000Z' % (mon, day, 9 + i % 8, (i * 13) % 60)
        if s['min'] is not None or s['max'] is not None:
            r['eligibility_description'] = ('Ages %s to %s' % (s['min'], s['max']) if s['min'] is not None and s['max'] is not None
                                            else 'Aged %s and over' % s['min'] if s['min'] is not None else 'Up to age %s' % s['max'])
        r['organization'] = {'id': uid('org', org), 'name': org, 'description': '%s: a voluntary and community sector organisation.' % org,
                             'email': 'info@%s' % dom, 'website': 'https://%s' % dom}
        w = s['where']; mode = {'phone': 'phone', 'home': 'home_visit', 'online': 'online'}.get(w, 'in_person')
        sals, first, q = [], None, s['quirk']
        if mode == 'in_person':
            lat, lon, unit, town, county, pcd, street, venue = P[w]
            lid = uid('location', s['name'], 0)
            pc = '%s %d%s%s' % (pcd, 1 + h[3] % 9, UNIT[h[0] % 20], UNIT[h[1] % 20])
            addr = {'id': uid('address', s['name'], 0), 'location_id': lid, 'address_1': '%d %s' % (1 + h[4] % 90, street), 'city': town}
            if h[2] % 3: addr['region'] = [county, {'Hampshire': 'Hants', 'Dorset': 'Dorset', 'Wiltshire': 'Wilts', 'Isle of Wight': 'IOW'}[county]][h[2] % 2]
            if q == 'bad:nopostcode': pc = 'TBC'
            addr.update({'postal_code': pc, 'country': 'GB', 'address_type': 'physical'})
            loc = {'id': lid, 'location_type': 'physical', 'name': venue}
            if q == '': loc.update(latitude=lat, longitude=lon)
            elif q == 'bad:zero': loc.update(latitude=0.0, longitude=0.0)
            elif q == 'bad:swapped': loc.update(latitude=lon, longitude=lat)
            if i % 4 == 0 or s['name'] in LANGS:
                loc['accessibility'] = [{'id': uid('acc', s['name']), 'location_id': lid, 'description': 'Hearing loop' if s['name'] in LANGS else ['Step-free access', 'Hearing loop', 'Accessible toilet', 'Free parking'][(i // 4) % 4]}]
            loc['addresses'] = [addr]
            sals.append({'id': uid('sal', s['name'], 0), 'service_id': sid, 'location_id': lid, 'location': loc})
            first = (lat, lon, town, county)
        elif mode == 'online':
            lid = uid('location', s['name'], 0)
            sals.append({'id': uid('sal', s['name'], 0), 'service_id': sid, 'location_id': lid,
                         'location': {'id': lid, 'location_type': 'virtual', 'name': 'Online', 'url': 'https://%s/join' % dom}})
        r['service_at_locations'] = sals
        r['contacts'] = [{'id': uid('contact', s['name']), 'service_id': sid, 'name': ['Enquiries', 'Duty worker', 'Volunteer coordinator'][h[5] % 3], 'title': 'Coordinator'}]
        r['phones'] = [{'id': uid('phone', s['name']), 'service_id': sid, 'number': phone_number(mode, s, cnt), 'description': 'Bookings' if mode == 'phone' else 'Enquiries'}]
        att = {'in_person': 'In person', 'phone': 'Telephone', 'online': 'Online (video)', 'home_visit': 'Home visit'}[mode]
        r['schedules'] = [{'id': uid('schedule', s['name']), 'service_id': sid, 'description': WHEN[mode][h[6] % len(WHEN[mode])], 'attending_type': att}]
        r['service_areas'] = [{'id': uid('area', s['name']), 'service_id': sid, 'name': s['area'],
                               'description': AREA_DESC[h[7] % 4] % s['area'], 'extent': None, 'extent_type': None, 'uri': None}] if s['area'] else []
        if s['name'] in LANGS: r['languages'] = [{'id': uid('lang', s['name'], c), 'service_id': sid, 'name': n, 'code': c} for n, c in LANGS[s['name']]]
        which = 'AAAABBBNNN'[h[8] % 10]
        r['attributes'] = [] if which == 'N' else [attr(sid, n, which) for n in s['needs']]
        recs.append(r)
        lab = {'name': s['name'], 'needs': list(s['needs']), 'free': not looks_paid(r.get('fees')), 'active': not s['alert'], 'mode': mode,
               'lat': None, 'lon': None, 'town': None, 'county': None, 'minAge': s['min'], 'maxAge': s['max'], 'area': s['area']}
        if first: lab.update(lat=first[0], lon=first[1], town=first[2], county=first[3])
        labels[sid] = lab
    return recs, labels
def vocabulary(notax):
    needs = {"loneliness": "loneliness", "mental_health": "mental_wellbeing", "money": "money", "food": "money",
             "housing": "housing", "employment": "work_volunteering", "learning": "work_volunteering",
             "long_term_conditions": "physical_health", "bereavement": "bereavement", "carers": "caring",
             "physical_activity": "activity", "alcohol_drugs": "mental_wellbeing", "arts": "mental_wellbeing",
             "parenting": None, "digital": None, "transport": None}
    barriers = {"cost": "cost", "transport": "transport", "rural": "transport", "mobility": "mobility", "pain": "mobility",
                "hearing": "hearing_sight", "caring": "caring_duties", "childcare": "caring_duties",
                "confidence": "anxiety_new_places", "anxiety": "anxiety_new_places", "stigma": "anxiety_new_places",
                "digital": "digital", "language": "language", "work hours": None}
    terms = {ASCD[n][0]: n for n in NEEDS}; terms.update({SPM[n][0]: n for n in NEEDS})
    tn = {ASCD[n][0]: '%s > %s' % (ASCD_GROUP[ASCD[n][0].split('.')[1]], ASCD[n][1]) for n in NEEDS}; tn.update({SPM[n][0]: SPM[n][1] for n in NEEDS})
    return {"_why": "Written with the Wessex set (8). Two invented taxonomies, both different from set 7's: 'wessex-asc-directory' (a council 'Adult Social Care Directory' code list: codes like ASCD.3.05, names 'Group > Item', group codes ASCD.<n> are parents that never appear as attributes, link_type 'category') and 'hiow-sp-menu' (an ICB social prescribing menu: flat mnemonic codes like SPM:GRF, link_type 'service_type'). About 40%% of records use the first, 30%% the second; %d records have no taxonomy and must be matched on free text. 'terms' maps every code used to the needs vocabulary (the same 16 words as earlier sets). 'needs' and 'barriers' copied unchanged from set 7's vocabulary.json." % notax,
            "taxonomy": "wessex-asc-directory", "secondTaxonomy": "hiow-sp-menu", "terms": terms, "termNames": tn,
            "parents": {'ASCD.' + k: v for k, v in ASCD_GROUP.items()}, "needs": needs, "barriers": barriers}
if __name__ == '__main__':
    recs, labels = build()
    dump = lambda o, n: json.dump(o, open(os.path.join(OUT, n), 'w', encoding='utf-8'), ensure_ascii=False, indent=1)
    dump(recs, 'directory-wx.json'); dump(labels, 'labels-wx.json')
    used = {a['taxonomy_term']['term'] for r in recs for a in r['attributes']}
    v = vocabulary(sum(not r['attributes'] for r in recs)); v['terms'] = {k: x for k, x in v['terms'].items() if k in used}
    v['termNames'] = {k: x for k, x in v['termNames'].items() if k in used}
    dump(v, 'vocabulary.json'); dump(PEOPLE, 'people-heldout-8.json')
    print('%d services' % len(recs))
