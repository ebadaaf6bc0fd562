"""Build directory-wm.json, labels-wm.json and vocabulary.json from the tables. ids are UUIDv5, stable on rebuild.
Run: python3 src/build.py"""
import hashlib, json, os, re, sys, uuid

SRC = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(SRC)
sys.path.insert(0, SRC)
from places import P
from orgs import ORGS
from services import SERVICES, NOFEE
from vocab import WB, WB_PARENTS, SL

NS = uuid.UUID('9d6c2f4a-1b3e-4f57-8a2c-7e5d3b1a0c12')
def uid(*parts): return str(uuid.uuid5(NS, '/'.join(str(p) for p in parts)))

# Deliberately unusable location data (labels keep the true values). Also in check.py and the README.
BROKEN = {
    "Kidderminster Chair Yoga": "drop",                 # address and postcode right, no latitude/longitude
    "West Bromwich Bumps & Babies": "swap",             # latitude and longitude swapped
    "Oswestry Knit & Natter": "pconly",                 # a postcode and nothing else: no street, town or coordinates
    "Ledbury Carers' Café": "sign",                     # longitude has the wrong sign (+2.423, in Belgium/N. France)
}
UNIT = 'ABDEFGHJLNPQRSTUWXYZ'
DEFAULT_REGION = {'Birmingham': 'West Midlands', 'Sutton Coldfield': 'West Midlands', 'Solihull': 'West Midlands',
    'Coventry': 'West Midlands', 'Wolverhampton': 'West Midlands', 'Walsall': 'W. Midlands', 'Dudley': 'West Midlands',
    'West Bromwich': 'West Midlands', 'Shrewsbury': 'Shropshire', 'Oswestry': 'Shrops', 'Ludlow': 'Shropshire',
    'Hereford': 'Herefordshire', 'Leominster': 'Herefordshire', 'Ledbury': 'Herefordshire', 'Worcester': 'Worcestershire',
    'Kidderminster': 'Worcestershire', 'Malvern': 'Worcs', 'Evesham': 'Worcestershire', 'Telford': 'Shropshire'}

def postcode(sector, key):
    h = hashlib.md5(key.encode()).digest()
    return '%s%s%s' % (sector, UNIT[h[0] % 20], UNIT[h[1] % 20])

MONEY = re.compile(r'£\s?0*[1-9]|£\s?0\.\d*[1-9]|\b\d+p\b|%')
SEE = {None, 'See description', 'See website'}
def fee_paid(fee, desc):
    """Paid = you must pay something to use it. A suggested donation, pay-as-you-feel and 'free to carers' (on carers'
    services) are free; a price that is only in the description (no fees field, or 'See description') is paid."""
    if fee in SEE: return bool(MONEY.search(desc))
    f = fee.lower()
    if 'donation' in f or 'pay as you feel' in f or f.startswith('free to carers'): return False
    return bool(MONEY.search(fee))

def taxo_attr(sid, code):
    sl = code.startswith('SL-')
    tax = 'lgsl-wm' if sl else 'wm-wellbeing-directory'
    name = (SL if sl else WB)[code][1]
    parent = None if sl else uid('term', '/'.join(code.split('/')[:2]))
    return {'id': uid('attr', sid, code), 'link_id': sid, 'link_type': 'service_type' if sl else 'category',
            'taxonomy_term_id': uid('term', code),
            'taxonomy_term': {'id': uid('term', code), 'name': name, 'description': name.split(' > ')[-1],
                              'parent_id': parent, 'taxonomy': tax, 'taxonomy_id': uid('taxonomy', tax), 'term': code,
                              'term_uri': ('https://lgsl-wm.example/id/%s' if sl else 'https://wellbeing-directory.example/terms/%s') % code}}

URBAN = {'Birmingham', 'Solihull', 'Coventry', 'Wolverhampton', 'Walsall', 'Dudley', 'Sandwell'}

def build():
    recs, labels, ctr, names = [], {}, {'bhm': 0, 'free': 100, 'rural': 0}, set()
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
        elif s['area'] and s['area'][0] != 'West Midlands':
            r['eligibility_description'] = 'For people living in %s.' % ' or '.join(s['area'])
        r['organization'] = {'id': uid('org', s['org']), 'name': oname, 'description': odesc, 'email': 'info@%s' % dom,
                             'website': 'https://%s' % dom}
        w = s['where']
        mode = 'in_person' if isinstance(w, list) else {'phone': 'phone', 'home': 'home_visit'}.get(w, 'online')
        sals, first = [], None
        if mode == 'in_person':
            for j, st in enumerate(w):
                lat, lon, sector, la, icb, town = P[st['place']]
                lid = uid('location', s['name'], j)
                pc = st['pc'] or postcode(sector, s['name'] + str(j))
                kind = BROKEN.get(s['name']) if j == 0 else None
                if kind == 'pconly':
                    addr = {'id': uid('address', s['name'], j), 'location_id': lid, 'postal_code': pc, 'country': 'GB',
                            'address_type': 'physical'}
                    loc = {'id': lid, 'location_type': 'physical', 'name': pc}
                else:
                    addr = {'id': uid('address', s['name'], j), 'location_id': lid, 'address_1': st['address'], 'city': st['city']}
                    region = st['region']
                    if region is None and hashlib.md5(s['name'].encode()).digest()[2] % 3:
                        region = DEFAULT_REGION.get(town)
                    if region: addr['region'] = region
                    addr.update({'postal_code': pc, 'country': 'GB', 'address_type': 'physical'})
                    loc = {'id': lid, 'location_type': 'physical', 'name': st['venue']}
                    if kind == 'swap': loc.update(latitude=lon, longitude=lat)
                    elif kind == 'sign': loc.update(latitude=lat, longitude=-lon)
                    elif kind == 'drop': pass
                    else: loc.update(latitude=lat, longitude=lon)
                    if i % 4 == 0: loc['accessibility'] = [{'id': uid('acc', s['name'], j), 'location_id': lid,
                        'description': ['Step-free access', 'Hearing loop', 'Accessible toilet', 'Ramp at the side door'][(i // 4) % 4]}]
                loc['addresses'] = [addr]
                sals.append({'id': uid('sal', s['name'], j), 'service_id': sid, 'location_id': lid, 'location': loc})
                if j == 0: first = (lat, lon, la, town)
        elif mode == 'online':
            lid = uid('location', s['name'], 0)
            sals.append({'id': uid('sal', s['name'], 0), 'service_id': sid, 'location_id': lid,
                         'location': {'id': lid, 'location_type': 'virtual', 'name': 'Online', 'url': w[1]}})
        r['service_at_locations'] = sals
        r['contacts'] = [{'id': uid('contact', s['name']), 'service_id': sid, 'name': 'Enquiries', 'title': 'Coordinator'}]
        phones = []
        if s['phone']:
            if mode == 'phone' or (s['area'] and s['area'][0] == 'West Midlands'):
                ctr['free'] += 1; num = '0808 157 0%03d' % ctr['free']
            elif i % 9 == 4:
                num = '07700 900%03d' % (100 + i)
            elif first and first[2] in URBAN:
                ctr['bhm'] += 1; num = '0121 496 0%03d' % ctr['bhm']
            else:
                ctr['rural'] += 1; num = '01632 960%03d' % ctr['rural']
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
                         opens_at=sch['opens'] + (':00' if long else ''), closes_at=sch['closes'] + (':00' if long else ''))
            d['description'] = sch['text']
            d['attending_type'] = sch['att'] or att
            scheds.append(d)
        r['schedules'] = scheds
        r['service_areas'] = [{'id': uid('area', s['name'], k), 'service_id': sid, 'name': a,
                               'description': 'Everyone in the West Midlands and the Marches' if a == 'West Midlands' else 'Only for people living in %s' % a,
                               'extent': None, 'extent_type': None, 'uri': None} for k, a in enumerate(s['area'])]
        if s['langs']:
            r['languages'] = [{'id': uid('lang', s['name'], c), 'service_id': sid, 'name': n, 'code': c} for n, c in s['langs']]
        r['attributes'] = [taxo_attr(sid, c) for c in s['tax']]
        recs.append(r)
        needs = []
        for c in s['tax']:
            n = (SL if c.startswith('SL-') else WB)[c][0]
            if n and n not in needs: needs.append(n)
        for n in (s['needs'] or []):
            if n not in needs: needs.append(n)
        if not needs: raise SystemExit('no needs for ' + s['name'])
        lab = {'name': s['name'], 'needs': needs, 'free': not fee_paid(r.get('fees'), s['desc']), 'active': s['status'] == 'active',
               'mode': mode, 'lat': None, 'lon': None, 'town': None, 'county': None, 'minAge': s['minage'], 'maxAge': s['maxage'],
               'area': s['area'][0] if s['area'] else None}
        if mode == 'in_person':
            lab.update(lat=first[0], lon=first[1], town=first[3], county=first[2])
        labels[sid] = lab
    for n in BROKEN:
        if n not in names: raise SystemExit('broken record missing: ' + n)
    return recs, labels

def vocabulary(recs):
    used = {a['taxonomy_term']['term'] for r in recs for a in r['attributes']}
    unused = (set(WB) | set(SL)) - used
    if unused: raise SystemExit('unused vocabulary terms: %s' % sorted(unused))
    ni = json.load(open(os.path.join(SRC, 'ni-mappings.json'), encoding='utf-8'))
    terms = {c: v[0] for c, v in WB.items()}; terms.update({c: v[0] for c, v in SL.items()})
    names = {c: v[1] for c, v in WB.items()}; names.update({c: v[1] for c, v in SL.items()})
    notax = sum(not r['attributes'] for r in recs)
    return {
        "_why": ("Written with the West Midlands and Welsh Marches set (held-out 5). Third taxonomy style: 'wm-wellbeing-directory' is an invented local-council wellbeing-directory vocabulary organised round the five ways to wellbeing plus practical help (path-like slugs such as 'wb/connect/lunch-clubs', names like 'Connect > Lunch clubs and community meals', link_type 'category', parents = the first two path parts, never used as attributes). 'lgsl-wm' is an invented LGA/esd-like flat service list (codes like 'SL-0118', link_type 'service_type', no parent), used on its own on about a quarter of the records, never beside a wellbeing term. %d records have no taxonomy at all and must be matched on their name and description. 'terms' maps every code to the same 16 need words as the earlier sets; 'wb/access/community-languages' says how a service is delivered, not what it meets, so it maps to null. 'needs' and 'barriers' are copied unchanged from the Northern Ireland vocabulary.json.") % notax,
        "taxonomy": "wm-wellbeing-directory",
        "secondTaxonomy": "lgsl-wm",
        "terms": terms,
        "termNames": names,
        "parents": WB_PARENTS,
        "needs": ni['needs'],
        "barriers": ni['barriers'],
    }

if __name__ == '__main__':
    recs, labels = build()
    json.dump(recs, open(os.path.join(OUT, 'directory-wm.json'), 'w', encoding='utf-8'), ensure_ascii=False, indent=1)
    json.dump(labels, open(os.path.join(OUT, 'labels-wm.json'), 'w', encoding='utf-8'), ensure_ascii=False, indent=1)
    json.dump(vocabulary(recs), open(os.path.join(OUT, 'vocabulary.json'), 'w', encoding='utf-8'), ensure_ascii=False, indent=1)
    print('%d services, %d organisations' % (len(recs), len({r['organization_id'] for r in recs})))
