"""Build directory-em.json, labels-em.json, vocabulary.json and people-heldout-7.json (East Midlands & Lincolnshire).
ids are UUIDv5 (stable). Run: python3 src/build.py"""
import hashlib, json, os, re, sys, uuid
SRC = os.path.dirname(os.path.abspath(__file__)); OUT = os.path.dirname(SRC); sys.path.insert(0, SRC)
from data import P, SERVICES, NOFEE, PEOPLE
NS = uuid.UUID('9d1f3a52-4e61-4b0a-8c55-0e7a3d2b6f14')
def uid(*p): return str(uuid.uuid5(NS, '/'.join(str(x) for x in p)))
UNIT = 'ABDEFGHJLNPQRSTUWXYZ'
NEEDS = ['money','housing','food','loneliness','mental_health','physical_activity','carers','employment','bereavement',
         'alcohol_drugs','digital','long_term_conditions','learning','parenting','arts','transport']
# taxonomy A: 'em-lgs-service-type' (LGA-like service types); taxonomy B: 'cc-community-directory' (county council directory)
LGS = {n: 'LGS-%04d' % (310 + 7 * i) for i, n in enumerate(NEEDS)}
LGS_NAMES = {'money':'Debt and welfare benefits advice','housing':'Housing options and homelessness','food':'Food aid and community meals',
 'loneliness':'Social inclusion activities','mental_health':'Mental wellbeing support','physical_activity':'Physical activity programmes',
 'carers':'Support for carers','employment':'Employment and volunteering support','bereavement':'Bereavement support',
 'alcohol_drugs':'Substance misuse and gambling harm support','digital':'Digital inclusion','long_term_conditions':'Long-term condition self-management',
 'learning':'Adult and community learning','parenting':'Family and parenting support','arts':'Arts, culture and creative activity','transport':'Community transport'}
CCD = {n: 'CCD/%s/%02d' % (['ADV','ADV','FOO','SOC','WEL','ACT','CAR','WRK','WEL','WEL','LRN','HLT','LRN','FAM','SOC','TRV'][i], i + 1) for i, n in enumerate(NEEDS)}
CCD_PARENT = {'ADV':'Advice and Money','FOO':'Food','SOC':'Clubs, Groups and Friendship','WEL':'Wellbeing','ACT':'Keeping Active','CAR':'Caring for Someone',
 'WRK':'Work and Volunteering','LRN':'Learning and Skills','HLT':'Living with a Health Condition','FAM':'Children and Families','TRV':'Getting Around'}
CCD_NAMES = {n: '%s: %s' % (CCD_PARENT[CCD[n].split('/')[1]], {'money':'Money and debt advice','housing':'Housing help','food':'Food banks and lunch clubs',
 'loneliness':'Friendship and social groups','mental_health':'Emotional wellbeing','physical_activity':'Walking, exercise and sport','carers':'Carer support',
 'employment':'Jobs and volunteering','bereavement':'Coping with loss','alcohol_drugs':'Drink, drugs and gambling','digital':'Computers and getting online',
 'long_term_conditions':'Support groups for health conditions','learning':'Courses and English classes','parenting':'Parenting and family support',
 'arts':'Arts, music and crafts','transport':'Community transport and lifts'}[n]) for n in NEEDS}
PAID = re.compile(r'£\s?0*[1-9]|£\s?0\.\d*[1-9]|\b\d+p\b|%')
def looks_paid(fee): return fee is not None and bool(PAID.search(fee)) and not re.match(r'(?i)free\b', fee)
ORGDOM = {}
def attr(sid, n, which):
    if which == 'A':
        code, name, tax, lt, par = LGS[n], LGS_NAMES[n], 'em-lgs-service-type', 'service_type', None
        uri = 'https://em-lgs.example/service-type/%s' % code
    else:
        code, name, tax, lt = CCD[n], CCD_NAMES[n], 'cc-community-directory', 'category'
        par = uid('term', 'CCD/' + code.split('/')[1]); uri = 'https://cc-directory.example/category/%s' % code.replace('/', '-')
    return {'id': uid('attr', sid, code), 'link_id': sid, 'link_type': lt, 'taxonomy_term_id': uid('term', code),
            'taxonomy_term': {'id': uid('term', code), 'name': name, 'description': name.split(': ')[-1], 'parent_id': par,
                              'taxonomy': tax, 'taxonomy_id': uid('taxonomy', tax), 'term': code, 'term_uri': uri}}
def build():
    recs, labels, names, cnt = [], {}, set(), {'0115': 0, '0116': 0, '01632': 0, '0808': 0}
    for i, s in enumerate(SERVICES):
        assert s['name'] not in names, s['name']; names.add(s['name'])
        sid = uid('service', s['name']); org = s['org']; dom = re.sub(r'[^a-z0-9]+', '-', org.lower()).strip('-')[:40] + '.example'
        slug = re.sub(r'[^a-z0-9]+', '-', s['name'].lower()).strip('-')[:60]
        day, mon = 1 + (i * 7) % 28, 1 + (i * 5) % 11
        r = {'id': sid, 'organization_id': uid('org', org), 'name': s['name'], 'description': s['desc'],
             'url': 'https://%s/%s' % (dom, slug), 'email': 'hello@%s' % dom, 'status': 'inactive' if s['alert'] else 'active'}
        if s['fees'] is not NOFEE: r['fees'] = s['fees']
        if s['alert']: r['alert'] = s['alert']
        if s['min'] is not None: r['minimum_age'] = s['min']
        if s['max'] is not None: r['maximum_age'] = s['max']
        r['assured_date'] = '2026-%02d-%02d' % (mon, day)
        r['last_modified'] = '2026-%02d-%02dT%02d:%02d:00.000Z' % (mon, day, 9 + i % 8, (i * 13) % 60)
        if s['area'] and s['area'] != 'East Midlands': r['eligibility_description'] = 'For people living in %s.' % s['area']
        r['organization'] = {'id': uid('org', org), 'name': org, 'description': '%s: a community organisation.' % org,
                             'email': 'info@%s' % dom, 'website': 'https://%s' % dom}
        w = s['where']; mode = {'phone': 'phone', 'home': 'home_visit', 'online': 'online'}.get(w, 'in_person')
        sals, first = [], None
        if mode == 'in_person':
            lat, lon, district, town, county, icb, pcd = P[w]
            lid = uid('location', s['name'], 0); h = hashlib.md5(s['name'].encode()).digest()
            pc = '%s %d%s%s' % (pcd, 1 + h[3] % 9, UNIT[h[0] % 20], UNIT[h[1] % 20])
            addr = {'id': uid('address', s['name'], 0), 'location_id': lid, 'address_1': s['addr'], 'city': town}
            if h[2] % 3: addr['region'] = [county, {'Nottinghamshire': 'Notts', 'Leicestershire': 'Leics', 'Derbyshire': 'Derbys', 'Lincolnshire': 'Lincs'}[county]][h[2] % 2]
            addr.update({'postal_code': pc, 'country': 'GB', 'address_type': 'physical'})
            loc = {'id': lid, 'location_type': 'physical', 'name': s['venue'], 'latitude': lat, 'longitude': lon}
            if i % 4 == 0: loc['accessibility'] = [{'id': uid('acc', s['name']), 'location_id': lid, 'description': ['Step-free access', 'Hearing loop', 'Accessible toilet', 'Parking at rear'][(i // 4) % 4]}]
            loc['addresses'] = [addr]
            sals.append({'id': uid('sal', s['name'], 0), 'service_id': sid, 'location_id': lid, 'location': loc})
            first = (lat, lon, town, county)
        elif mode == 'online':
            lid = uid('location', s['name'], 0)
            sals.append({'id': uid('sal', s['name'], 0), 'service_id': sid, 'location_id': lid,
                         'location': {'id': lid, 'location_type': 'virtual', 'name': 'Online', 'url': 'https://%s/join' % dom}})
        r['service_at_locations'] = sals
        r['contacts'] = [{'id': uid('contact', s['name']), 'service_id': sid, 'name': 'Enquiries', 'title': 'Coordinator'}]
        if mode == 'phone' or s['area'] in ('East Midlands',): pre = '0808'
        elif mode == 'in_person' and P[w][2] == 'Nottingham': pre = '0115'
        elif mode == 'in_person' and P[w][2] == 'Leicester': pre = '0116'
        else: pre = '01632'
        cnt[pre] += 1
        num = {'0808': '0808 157 0%03d', '0115': '0115 496 0%03d', '0116': '0116 496 0%03d', '01632': '01632 960%03d'}[pre] % (100 + cnt[pre])
        r['phones'] = [{'id': uid('phone', s['name']), 'service_id': sid, 'number': num, 'description': 'Bookings' if mode == 'phone' else 'Enquiries'}]
        att = {'in_person': 'In person', 'phone': 'By telephone', 'online': 'Online (video)', 'home_visit': 'Home visit'}[mode]
        r['schedules'] = [{'id': uid('schedule', s['name']), 'service_id': sid, 'description': s['when'], 'attending_type': att}]
        r['service_areas'] = [{'id': uid('area', s['name']), 'service_id': sid, 'name': s['area'],
                               'description': 'Only for people living in %s' % s['area'], 'extent': None, 'extent_type': None, 'uri': None}] if s['area'] else []
        if s['langs']: r['languages'] = [{'id': uid('lang', s['name'], c), 'service_id': sid, 'name': n, 'code': c} for n, c in s['langs']]
        which = 'ABN'[i % 3]
        r['attributes'] = [] if which == 'N' else [attr(sid, n, which) for n in s['needs']]
        recs.append(r)
        lab = {'name': s['name'], 'needs': list(s['needs']), 'free': not looks_paid(r.get('fees')), 'active': not s['alert'], 'mode': mode,
               'lat': None, 'lon': None, 'town': None, 'county': None, 'minAge': s['min'], 'maxAge': s['max'], 'area': s['area']}
        if first: lab.update(lat=first[0], lon=first[1], town=first[2], county=first[3])
        labels[sid] = lab
    return recs, labels
def vocabulary(notax):
    wales_needs = {"loneliness": "loneliness", "mental_health": "mental_wellbeing", "money": "money", "food": "money",
                   "housing": "housing", "employment": "work_volunteering", "learning": "work_volunteering",
                   "long_term_conditions": "physical_health", "bereavement": "bereavement", "carers": "caring",
                   "physical_activity": "activity", "alcohol_drugs": "mental_wellbeing", "arts": "mental_wellbeing",
                   "parenting": None, "digital": None, "transport": None}
    wales_barriers = {"cost": "cost", "transport": "transport", "rural": "transport", "mobility": "mobility", "pain": "mobility",
                      "hearing": "hearing_sight", "caring": "caring_duties", "childcare": "caring_duties",
                      "confidence": "anxiety_new_places", "anxiety": "anxiety_new_places", "stigma": "anxiety_new_places",
                      "digital": "digital", "language": "language", "work hours": None}
    terms = {CCD[n]: n for n in NEEDS}; terms.update({LGS[n]: n for n in NEEDS})
    tn = {CCD[n]: CCD_NAMES[n] for n in NEEDS}; tn.update({LGS[n]: LGS_NAMES[n] for n in NEEDS})
    return {"_why": "Written with the East Midlands and Lincolnshire set. Two invented taxonomies: 'cc-community-directory' (a county-council community-directory category scheme, codes like CCD/ADV/01, names 'Parent: Child', parent categories CCD/<XXX> that never appear as attributes) and 'em-lgs-service-type' (an LGA-like list of service types, codes like LGS-0310, link_type 'service_type'). A third of records use each; %d records have no taxonomy and must be matched on free text. 'terms' maps every code to the needs vocabulary (the same 16 words as the NI set). 'needs' and 'barriers' copied unchanged from the NI vocabulary.json." % notax,
            "taxonomy": "cc-community-directory", "secondTaxonomy": "em-lgs-service-type", "terms": terms, "termNames": tn,
            "parents": {'CCD/' + k: v for k, v in CCD_PARENT.items()}, "needs": wales_needs, "barriers": wales_barriers}
if __name__ == '__main__':
    recs, labels = build()
    dump = lambda o, n: json.dump(o, open(os.path.join(OUT, n), 'w', encoding='utf-8'), ensure_ascii=False, indent=1)
    dump(recs, 'directory-em.json'); dump(labels, 'labels-em.json')
    used = {a['taxonomy_term']['term'] for r in recs for a in r['attributes']}
    v = vocabulary(sum(not r['attributes'] for r in recs)); v['terms'] = {k: x for k, x in v['terms'].items() if k in used}
    v['termNames'] = {k: x for k, x in v['termNames'].items() if k in used}
    dump(v, 'vocabulary.json'); dump(PEOPLE, 'people-heldout-7.json')
    print('%d services' % len(recs))
