"""Build directory-ni.json, labels-ni.json and vocabulary.json from the tables. ids are UUIDv5, stable on rebuild.
Run: python3 src/build.py"""
import hashlib, json, os, re, sys, uuid

SRC = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(SRC)
sys.path.insert(0, SRC)
from places import P
from orgs import ORGS
from services import SERVICES, NOFEE
from vocab import TERMS, TERM_NAMES, PARENTS, LGA, LGA_NAMES

NS = uuid.UUID('5b0e1c1e-7a44-4c3c-9f0e-6e1d0a4b2c10')
def uid(*parts): return str(uuid.uuid5(NS, '/'.join(str(p) for p in parts)))

# Deliberately broken location data (the labels keep the true values). Also in check.py and the README.
BROKEN = {
    "Ballycastle Lung Health Club": "swap",            # latitude and longitude swapped
    "Ballymena Gentle Movement": "drop",               # no latitude/longitude at all
    "Cookstown Newcomers' Coffee Morning": "sign",     # longitude has the wrong sign (+6.745: in Germany)
    "Bangor Community Choir": "zero",                  # 0, 0
    "Omagh Job Club": "postcode",                      # coordinates right, postcode BT47 (Derry Waterside)
}
UNIT = 'ABDEFGHJLNPQRSTUWXYZ'
# the county a real import would most often put in 'region' for a town (spellings vary, as they do in real data)
DEFAULT_REGION = {'Belfast': 'Co. Antrim', 'Lisburn': 'Co. Antrim', 'Bangor': 'County Down', 'Newtownards': 'Co. Down',
    'Portaferry': 'Co. Down', 'Ballywalter': 'Co. Down', 'Kircubbin': 'Co Down', 'Downpatrick': 'Co. Down', 'Castlewellan': 'Co. Down',
    'Newry': 'Co. Down', 'Kilkeel': 'Co Down', 'Rathfriland': 'Co. Down', 'Dromore': 'Co. Down', 'Banbridge': 'Co. Down',
    'Armagh': 'Co. Armagh', 'Portadown': 'County Armagh', 'Dungannon': 'Co. Tyrone', 'Cookstown': 'Co. Tyrone',
    'Magherafelt': 'Co. Londonderry', 'Ballymena': 'Co. Antrim', 'Antrim': 'Co. Antrim', 'Larne': 'Co. Antrim',
    'Carrickfergus': 'Co. Antrim', 'Coleraine': 'Co. Londonderry', 'Portrush': 'Co. Antrim', 'Portstewart': 'Co. Londonderry',
    'Ballycastle': 'Co. Antrim', 'Cushendall': 'Co. Antrim', 'Limavady': 'County Londonderry', 'Derry': 'Co. Londonderry',
    'Strabane': 'Co. Tyrone', 'Omagh': 'Co. Tyrone', 'Enniskillen': 'Co. Fermanagh', 'Lisnaskea': 'Co. Fermanagh',
    'Irvinestown': 'Co. Fermanagh'}

def postcode(sector, key):
    h = hashlib.md5(key.encode()).digest()
    return '%s%s%s' % (sector, UNIT[h[0] % 20], UNIT[h[1] % 20])

PAID = re.compile(r'£\s?0*[1-9]|£\s?0\.\d*[1-9]|\b\d+p\b|%')
def looks_paid(fee): return fee is not None and bool(PAID.search(fee)) and not re.match(r'(?i)free\b', fee)

def taxo_attr(sid, code):
    lga = code.startswith('LGA-')
    tax = 'lga-service-type' if lga else 'ccni-categories'
    name = LGA_NAMES[code] if lga else TERM_NAMES[code]
    parent = None if lga else uid('term', code.rsplit('-', 1)[0])
    return {'id': uid('attr', sid, code), 'link_id': sid, 'link_type': 'service_type' if lga else 'category',
            'taxonomy_term_id': uid('term', code),
            'taxonomy_term': {'id': uid('term', code), 'name': name, 'description': name.split(' › ')[-1],
                              'parent_id': parent, 'taxonomy': tax, 'taxonomy_id': uid('taxonomy', tax), 'term': code,
                              'term_uri': ('https://lga-service-types.example/%s' if lga else 'https://ccni-categories.example/term/%s') % code}}

def build():
    recs, labels, phone_n, help_n, names = [], {}, [6000], [0], set()
    for i, s in enumerate(SERVICES):
        if s['name'] in names: raise SystemExit('duplicate name ' + s['name'])
        names.add(s['name'])
        sid = uid('service', s['name'])
        oname, odesc, dom = ORGS[s['org']]
        slug = re.sub(r'[^a-z0-9]+', '-', s['name'].lower()).strip('-')[:60]
        day = 1 + (i * 7) % 28; mon = 1 + (i * 5) % 11
        r = {'id': sid, 'organization_id': uid('org', s['org']), 'name': s['name'], 'description': s['desc'],
             'url': 'https://%s/%s' % (dom, slug), 'email': 'hello@%s' % dom, 'status': s['status']}
        if s['fees'] is not NOFEE: r['fees'] = s['fees']
        if s['alert']: r['alert'] = s['alert']
        if s['minage'] is not None: r['minimum_age'] = s['minage']
        if s['maxage'] is not None: r['maximum_age'] = s['maxage']
        r['assured_date'] = '2026-%02d-%02d' % (mon, day)
        r['last_modified'] = '2026-%02d-%02dT%02d:%02d:00.000Z' % (mon, day, 9 + i % 8, (i * 13) % 60)
        if s['elig']: r['eligibility_description'] = s['elig']
        elif s['area'] and s['area'] != 'Northern Ireland': r['eligibility_description'] = 'For people living in the %s area.' % s['area']
        r['organization'] = {'id': uid('org', s['org']), 'name': oname, 'description': odesc, 'email': 'info@%s' % dom,
                             'website': 'https://%s' % dom}
        w = s['where']
        if isinstance(w, list): mode = 'in_person'
        elif w == 'phone': mode = 'phone'
        elif w == 'home': mode = 'home_visit'
        else: mode = 'online'
        sals = []
        if mode == 'in_person':
            for j, st in enumerate(w):
                lat0, lon0, sector, council, trust, town = P[st['place']]
                lat = st['lat'] if st['lat'] is not None else lat0
                lon = st['lon'] if st['lon'] is not None else lon0
                lid = uid('location', s['name'], j)
                pc = st['pc'] or postcode(sector, s['name'] + str(j))
                addr = {'id': uid('address', s['name'], j), 'location_id': lid, 'address_1': st['address'], 'city': st['city']}
                region = st['region']
                if region is None and hashlib.md5(s['name'].encode()).digest()[2] % 3:
                    region = DEFAULT_REGION.get(town)  # a third of the addresses are left with no region at all
                if region: addr['region'] = region
                addr.update({'postal_code': pc, 'country': 'GB', 'address_type': 'physical'})
                loc = {'id': lid, 'location_type': 'physical', 'name': st['venue']}
                kind = BROKEN.get(s['name']) if j == 0 else None
                if kind == 'swap': loc.update(latitude=lon, longitude=lat)
                elif kind == 'sign': loc.update(latitude=lat, longitude=-lon)
                elif kind == 'zero': loc.update(latitude=0.0, longitude=0.0)
                elif kind == 'drop': pass
                else: loc.update(latitude=lat, longitude=lon)
                if i % 4 == 0: loc['accessibility'] = [{'id': uid('acc', s['name'], j), 'location_id': lid,
                                                        'description': ['Step-free access', 'Hearing loop', 'Accessible toilet', 'Ramp at side door'][(i // 4) % 4]}]
                loc['addresses'] = [addr]
                sals.append({'id': uid('sal', s['name'], j), 'service_id': sid, 'location_id': lid, 'location': loc})
                if j == 0: first = (lat, lon, council, town)
        elif mode == 'online':
            lid = uid('location', s['name'], 0)
            sals.append({'id': uid('sal', s['name'], 0), 'service_id': sid, 'location_id': lid,
                         'location': {'id': lid, 'location_type': 'virtual', 'name': 'Online', 'url': w[1]}})
        r['service_at_locations'] = sals
        r['contacts'] = [{'id': uid('contact', s['name']), 'service_id': sid, 'name': 'Enquiries', 'title': 'Coordinator'}]
        phones = []
        if s['phone']:
            if mode in ('phone',) or (s['area'] == 'Northern Ireland'):
                help_n[0] += 1; num = '0808 157 0%03d' % (100 + help_n[0])
            elif i % 9 == 4:
                num = '07700 900%03d' % (100 + i)
            else:
                phone_n[0] += 1; num = '028 9649 %04d' % phone_n[0]
            phones.append({'id': uid('phone', s['name']), 'service_id': sid, 'number': num,
                           'description': 'Bookings' if mode == 'phone' else 'Enquiries'})
        r['phones'] = phones
        sch = s['sched']; scheds = []
        att = {'in_person': 'In person', 'phone': 'By telephone', 'online': 'Online (video)', 'home_visit': 'Home visit'}[mode]
        if sch is not None:
            d = {'id': uid('schedule', s['name']), 'service_id': sid}
            if sch['freq']:
                long = i % 3 == 0
                d.update(freq=sch['freq'], interval=1, byday=sch['byday'],
                         opens_at=sch['opens'] + (':00' if long and len(sch['opens']) == 5 else ''),
                         closes_at=sch['closes'] + (':00' if long and len(sch['closes']) == 5 else ''))
            d['description'] = sch['text']
            d['attending_type'] = sch['att'] or att
            scheds.append(d)
        r['schedules'] = scheds
        areas = []
        if s['area']:
            areas.append({'id': uid('area', s['name']), 'service_id': sid, 'name': s['area'],
                          'description': 'Everyone in Northern Ireland' if s['area'] == 'Northern Ireland' else 'Only for people living in the %s area' % s['area'],
                          'extent': None, 'extent_type': None, 'uri': None})
        r['service_areas'] = areas
        if s['langs']:
            r['languages'] = [{'id': uid('lang', s['name'], c), 'service_id': sid, 'name': n, 'code': c} for n, c in s['langs']]
        r['attributes'] = [taxo_attr(sid, c) for c in s['terms'] + s['lga']]
        if s['cost']:
            r['cost_options'] = [{'id': uid('cost', s['name'], k), 'service_id': sid, 'option': o, 'amount': a,
                                  'currency': 'GBP', 'amount_description': s['fees']} for k, (o, a) in enumerate(s['cost'])]
        recs.append(r)
        # label
        needs = []
        for c in s['terms'] + s['lga']:
            n = TERMS.get(c) if c in TERMS else LGA[c]
            if n and n not in needs: needs.append(n)
        for n in (s['needs'] or []):
            if n not in needs: needs.append(n)
        if not needs: raise SystemExit('no needs for ' + s['name'])
        fee = r.get('fees')
        lab = {'name': s['name'], 'needs': needs, 'free': not looks_paid(fee), 'active': s['status'] == 'active', 'mode': mode,
               'lat': None, 'lon': None, 'town': None, 'county': None, 'minAge': s['minage'], 'maxAge': s['maxage'], 'area': s['area']}
        if mode == 'in_person':
            lab.update(lat=first[0], lon=first[1], town=first[3], county=first[2])
        labels[sid] = lab
    for n in BROKEN:
        if n not in names: raise SystemExit('broken record missing: ' + n)
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
    terms = dict(TERMS); terms.update(LGA)
    names = dict(TERM_NAMES); names.update(LGA_NAMES)
    return {
        "_why": ("Written with the Northern Ireland set. The directory uses two taxonomies: 'ccni-categories' (a Community-Connect-NI-like category scheme invented for this set: codes like CNI-MB-02, names like 'Money and benefits › Debt advice', parent categories that never appear as attributes) on most records, and 'lga-service-type' (an esd/LGA-like list of service types, codes like LGA-0112, link_type 'service_type') as a second vocabulary on some records (always beside a ccni code). 'terms' maps every code of both to the needs vocabulary (the same 16 words as the Wales set); CNI-LA-01 (Irish-language / Ulster-Scots service) says how a service is delivered, not what need it meets, so it maps to null. %d records have no taxonomy at all and must be matched on their free text. 'needs' and 'barriers' are copied unchanged from the Wales vocabulary.json.") % notax,
        "taxonomy": "ccni-categories",
        "secondTaxonomy": "lga-service-type",
        "terms": terms,
        "termNames": names,
        "parents": PARENTS,
        "needs": wales_needs,
        "barriers": wales_barriers,
    }

if __name__ == '__main__':
    recs, labels = build()
    json.dump(recs, open(os.path.join(OUT, 'directory-ni.json'), 'w', encoding='utf-8'), ensure_ascii=False, indent=1)
    json.dump(labels, open(os.path.join(OUT, 'labels-ni.json'), 'w', encoding='utf-8'), ensure_ascii=False, indent=1)
    json.dump(vocabulary(sum(not r['attributes'] for r in recs)), open(os.path.join(OUT, 'vocabulary.json'), 'w', encoding='utf-8'), ensure_ascii=False, indent=1)
    print('%d services, %d organisations' % (len(recs), len({r['organization_id'] for r in recs})))
