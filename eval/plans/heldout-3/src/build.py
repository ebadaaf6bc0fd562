"""Build directory-wales.json, labels-wales.json and vocabulary.json from the hand-written tables.
Ids are UUIDv5 so a rebuild gives the same ids."""
import json, uuid, os, hashlib
from places import P
from orgs import O, ALIAS
from services import SV

NS = uuid.UUID('6f1c1a52-3c1e-4f0e-9a57-77a1e5c0a7d3')
def uid(*parts): return str(uuid.uuid5(NS, '|'.join(str(p) for p in parts)))
def h(s): return int(hashlib.md5(s.encode()).hexdigest(), 16)
OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

TAXONOMY = 'dewis-categories'
TAX_ID = uid('taxonomy', TAXONOMY)
# code: (name, description, need or None, parent code)
PARENTS = {
 'DC-ARI': 'Arian / Money', 'DC-CAR': 'Cartref / Home', 'DC-BWY': 'Bwyd / Food', 'DC-CYM': 'Bod gydag eraill / Being with others',
 'DC-LLE': 'Teimlo\'n dda / Feeling well', 'DC-ACT': 'Cadw\'n heini / Keeping active', 'DC-GOF': 'Gofalu / Caring for someone',
 'DC-GWA': 'Gwaith a gwirfoddoli / Work and volunteering', 'DC-COL': 'Colled / Loss', 'DC-SYL': 'Alcohol a chyffuriau / Alcohol and drugs',
 'DC-DYS': 'Dysgu / Learning', 'DC-IEC': 'Iechyd / Staying healthy', 'DC-TEU': 'Teulu / Family', 'DC-CRE': 'Bod yn greadigol / Being creative',
 'DC-TRA': 'Mynd o le i le / Getting about', 'DC-IAI': 'Iaith / Language',
}
TERMS = {
 'DC-ARI-01': ('Arian › Budd-daliadau / Money › Benefits and entitlements', 'Benefits checks and income maximisation', 'money'),
 'DC-ARI-02': ('Arian › Dyledion / Money › Debt help', 'Debt advice and budgeting', 'money'),
 'DC-CAR-01': ('Cartref › Cyngor tai / Home › Housing advice and homelessness', 'Tenancy, homelessness and move-on', 'housing'),
 'DC-BWY-01': ('Bwyd › Banciau bwyd / Food › Food banks and pantries', 'Emergency and low-cost food', 'food'),
 'DC-BWY-02': ('Bwyd › Prydau cymunedol / Food › Lunch clubs and community meals', 'Eat with others', 'food'),
 'DC-CYM-01': ('Bod gydag eraill › Grwpiau cymdeithasol / Being with others › Social groups and clubs', 'Clubs and groups', 'loneliness'),
 'DC-CYM-02': ('Bod gydag eraill › Cyfeillio / Being with others › Befriending', 'Befriending by phone or visit', 'loneliness'),
 'DC-LLE-01': ('Teimlo\'n dda › Lles emosiynol / Feeling well › Emotional wellbeing', 'Mental wellbeing support', 'mental_health'),
 'DC-LLE-02': ('Teimlo\'n dda › Cwnsela / Feeling well › Counselling and talking therapies', 'Counselling', 'mental_health'),
 'DC-ACT-01': ('Cadw\'n heini › Cerdded / Keeping active › Walking', 'Walks and outdoor activity', 'physical_activity'),
 'DC-ACT-02': ('Cadw\'n heini › Ymarfer corff / Keeping active › Exercise and sport', 'Classes, gyms and sport', 'physical_activity'),
 'DC-GOF-01': ('Gofalu › Cefnogi gofalwyr / Caring for someone › Support for carers', 'Unpaid carers', 'carers'),
 'DC-GOF-02': ('Gofalu › Gofalwyr ifanc / Caring for someone › Young carers', 'Carers under 18', 'carers'),
 'DC-GWA-01': ('Gwaith › Dod o hyd i waith / Work › Finding work', 'Job search and skills for work', 'employment'),
 'DC-COL-01': ('Colled › Profedigaeth / Loss › Bereavement support', 'Grief and bereavement', 'bereavement'),
 'DC-SYL-01': ('Alcohol a chyffuriau › Cefnogaeth / Alcohol and drugs › Support and recovery', 'Substance use', 'alcohol_drugs'),
 'DC-DYS-01': ('Dysgu › Dysgu oedolion ac ESOL / Learning › Adult learning and ESOL', 'Courses and English/Welsh learning', 'learning'),
 'DC-DYS-02': ('Dysgu › Sgiliau digidol / Learning › Digital skills', 'Computers, phones and getting online', 'digital'),
 'DC-IEC-01': ('Iechyd › Byw gyda chyflwr / Staying healthy › Living with a long-term condition', 'Condition support groups', 'long_term_conditions'),
 'DC-TEU-01': ('Teulu › Magu plant / Family › Parenting support', 'Parents and carers of children', 'parenting'),
 'DC-CRE-01': ('Bod yn greadigol › Celf a cherddoriaeth / Being creative › Arts and music', 'Arts, music, choirs', 'arts'),
 'DC-TRA-01': ('Mynd o le i le › Cludiant cymunedol / Getting about › Community transport', 'Car schemes and dial-a-ride', 'transport'),
 'DC-IAI-01': ('Iaith › Gwasanaeth Cymraeg / Language › Welsh-language service', 'Service available in Welsh', None),
}
def term_for(need, s):
    n, d = s['name'].lower(), s['desc'].lower()
    if need == 'money': return 'DC-ARI-02' if 'debt' in d or 'budget' in d else 'DC-ARI-01'
    if need == 'food': return 'DC-BWY-02' if any(w in n for w in ('lunch', 'café', 'cafe', 'kitchen', 'cinio', 'hub')) else 'DC-BWY-01'
    if need == 'loneliness': return 'DC-CYM-02' if s['mode'] in ('phone', 'home_visit') else 'DC-CYM-01'
    if need == 'mental_health': return 'DC-LLE-02' if 'counsel' in d or 'counsel' in n else 'DC-LLE-01'
    if need == 'physical_activity': return 'DC-ACT-01' if 'walk' in n or 'cerdded' in n else 'DC-ACT-02'
    if need == 'carers': return 'DC-GOF-02' if (s.get('mx') or 99) <= 18 else 'DC-GOF-01'
    return {'housing': 'DC-CAR-01', 'employment': 'DC-GWA-01', 'bereavement': 'DC-COL-01', 'alcohol_drugs': 'DC-SYL-01',
            'learning': 'DC-DYS-01', 'digital': 'DC-DYS-02', 'long_term_conditions': 'DC-IEC-01', 'parenting': 'DC-TEU-01',
            'arts': 'DC-CRE-01', 'transport': 'DC-TRA-01'}[need]

REGION_VARIANTS = {
 'Cardiff': ['South Glamorgan', 'Caerdydd', 'Cardiff'], 'Newport': ['Gwent', 'Casnewydd'], 'Swansea': ['West Glamorgan', 'Abertawe', 'Swansea'],
 'Merthyr Tydfil': ['Merthyr Tudful', 'Mid Glamorgan'], 'Rhondda Cynon Taf': ['Rhondda Cynon Taf', 'RCT', 'Mid Glamorgan'],
 'Blaenau Gwent': ['Gwent', 'Blaenau Gwent'], 'Carmarthenshire': ['Sir Gâr', 'Carmarthenshire', 'Dyfed'],
 'Powys': ['Powys'], 'Ceredigion': ['Ceredigion', 'Dyfed'], 'Gwynedd': ['Gwynedd'], 'Isle of Anglesey': ['Ynys Môn', 'Anglesey', 'Isle of Anglesey'],
 'Wrexham': ['Wrecsam', 'Wrexham', 'Clwyd'],
}
def base_town(t): return t.split(', ')[-1]

phone_seq = {'free': 100, 'cardiff': 0, 'other': 0}
def phone_number(s):
    if s['mode'] == 'phone' and 'free to call' in (s.get('fee') or '').lower():
        phone_seq['free'] += 1; return '0808 157 0%03d' % phone_seq['free']
    pk = s['locs'][0][0] if s['locs'] else None
    if pk and P[pk][3] == 'Cardiff':
        phone_seq['cardiff'] += 1; return '029 2018 0%03d' % (100 + phone_seq['cardiff'])
    phone_seq['other'] += 1; return '01632 960%03d' % (100 + phone_seq['other'])

def schedule(s, sid):
    sc = s.get('sch')
    if sc is None: return []
    att = {'in_person': 'In person', 'phone': 'By telephone', 'online': 'Online (video)', 'home_visit': 'Home visit'}[s['mode']]
    long_fmt = h(s['name']) % 2 == 0
    t = (lambda x: x + ':00') if long_fmt else (lambda x: x)
    base = {'id': uid('sch', sid), 'service_id': sid}
    if sc[0] == 'W':
        _, byday, o, c, desc = sc
        return [dict(base, freq='WEEKLY', interval=1, byday=byday, opens_at=t(o), closes_at=t(c), description=desc, attending_type=att)]
    if sc[0] == 'M':
        _, byday, o, c, desc = sc
        return [dict(base, freq='MONTHLY', interval=1, byday=byday, opens_at=t(o), closes_at=t(c), description=desc, attending_type=att)]
    return [dict(base, description=sc[1], attending_type=att)]

def lang_objs(s, sid):
    codes = s.get('langs') or (['cy', 'en'] if s.get('cy') else None)
    if not codes: return None
    names = {'cy': 'Welsh', 'en': 'English', 'ar': 'Arabic', 'fa': 'Farsi', 'ckb': 'Kurdish (Sorani)', 'ti': 'Tigrinya', 'uk': 'Ukrainian'}
    return [{'id': uid('lang', sid, c), 'service_id': sid, 'name': names[c], 'code': c} for c in codes]

BROKEN_NOTES = {}
def location(s, sid, i, loc):
    pk, venue, street, city = loc
    lat, lon, town, county, pc = P[pk]
    lid = uid('loc', sid, i)
    L = {'id': lid, 'location_type': 'physical', 'name': venue, 'latitude': lat, 'longitude': lon}
    b = s.get('broken') if i == 0 else None
    if b == 'strings': L['latitude'], L['longitude'] = str(lat), str(lon); BROKEN_NOTES[s['name']] = 'coordinates are strings'
    elif b == 'zero': L['latitude'], L['longitude'] = 0, 0; BROKEN_NOTES[s['name']] = 'coordinates 0,0'
    elif b == 'swap': L['latitude'], L['longitude'] = lon, lat; BROKEN_NOTES[s['name']] = 'latitude and longitude swapped'
    elif b == 'missing': del L['latitude'], L['longitude']; BROKEN_NOTES[s['name']] = 'no latitude or longitude'
    elif b == 'sign': L['longitude'] = abs(lon); BROKEN_NOTES[s['name']] = 'longitude has the wrong sign (+%.3f, lands in the North Sea off the Netherlands)' % abs(lon)
    elif b == 'postcode': pc = 'CF24 3AA'; BROKEN_NOTES[s['name']] = 'postcode CF24 3AA (Cardiff) does not match the town (Newtown, Powys); coordinates are right'
    regions = REGION_VARIANTS[county]
    addr = {'id': uid('addr', sid, i), 'location_id': lid, 'address_1': street, 'city': city or base_town(town),
            'region': regions[h(s['name'] + str(i)) % len(regions)], 'postal_code': pc, 'country': 'GB', 'address_type': 'physical'}
    if h(s['name']) % 5 == 0: addr.pop('region')
    L['addresses'] = [addr]
    if h(s['name']) % 3 == 0:
        L['accessibility'] = [{'id': uid('acc', sid, i), 'location_id': lid,
                               'description': ['Step-free access and an accessible toilet.', 'Hearing loop. Ramp at the side door.', 'Upstairs, no lift.'][h(venue) % 3]}]
    return {'id': uid('sal', sid, i), 'service_id': sid, 'location_id': lid, 'location': L}

directory, labels = [], {}
for s in SV:
    sid = uid('service', s['name'])
    o = O[s['org']]
    oid = uid('org', ALIAS.get(s['org'], s['org']))
    web = 'https://%s.example' % o[2]
    slug = ''.join(ch if ch.isalnum() else '-' for ch in s['name'].lower().split(' / ')[0]).strip('-')
    while '--' in slug: slug = slug.replace('--', '-')
    status = s.get('status', 'active')
    free = s.get('free', True)
    rec = {'id': sid, 'organization_id': oid, 'name': s['name'], 'description': s['desc'],
           'url': '%s/%s' % (web, slug), 'email': 'post@%s.example' % o[2], 'status': status}
    if s.get('fee') is not None or h(s['name']) % 4: rec['fees'] = s.get('fee', 'Free')
    if s.get('mn') is not None: rec['minimum_age'] = s['mn']
    if s.get('mx') is not None: rec['maximum_age'] = s['mx']
    if s.get('alert'): rec['alert'] = s['alert']
    day = 1 + h(s['name']) % 28; mon = 1 + h(s['name'][::-1]) % 10
    rec['assured_date'] = '2026-%02d-%02d' % (mon, day)
    rec['last_modified'] = '2026-%02d-%02dT09:%02d:00.000Z' % (mon, day, h(s['name']) % 60)
    if s.get('elig'): rec['eligibility_description'] = s['elig']
    elif s.get('area'): rec['eligibility_description'] = 'For people living in %s.' % s['area']
    rec['organization'] = {'id': oid, 'name': o[0], 'description': o[1], 'email': 'info@%s.example' % o[2], 'website': web}
    sals = []
    if s['mode'] == 'in_person':
        sals = [location(s, sid, i, l) for i, l in enumerate(s['locs'])]
    elif s['mode'] == 'online':
        lid = uid('loc', sid, 'virtual')
        sals = [{'id': uid('sal', sid, 'v'), 'service_id': sid, 'location_id': lid,
                 'location': {'id': lid, 'location_type': 'virtual', 'name': 'Ar-lein / Online', 'url': '%s/join' % web}}]
    rec['service_at_locations'] = sals
    rec['contacts'] = [{'id': uid('contact', sid), 'service_id': sid, 'name': 'Ymholiadau / Enquiries' if s.get('cy') else 'Enquiries', 'title': 'Coordinator'}]
    ph = phone_number(s)
    if not (s['name'] == 'Powys Deaf Social Club (online)' or s['name'].startswith('Byddar Cymru Text')):
        rec['phones'] = [{'id': uid('phone', sid), 'service_id': sid, 'number': ph,
                          'description': 'Helpline' if s['mode'] == 'phone' else 'Enquiries'}]
    else:
        rec['phones'] = []
        rec['description'] += ' Text 07700 900%03d.' % (h(s['name']) % 1000)
    rec['schedules'] = schedule(s, sid)
    rec['service_areas'] = ([{'id': uid('area', sid), 'service_id': sid, 'name': s['area'],
                              'description': 'Only for people living in %s' % s['area'], 'extent': None, 'extent_type': None, 'uri': None}]
                            if s.get('area') else [])
    if s.get('cost'):
        rec['cost_options'] = [{'id': uid('cost', sid, c[0]), 'service_id': sid, 'option': c[0], 'amount': c[1], 'currency': 'GBP', 'amount_description': c[2]} for c in s['cost']]
    langs = lang_objs(s, sid)
    if langs: rec['languages'] = langs
    attrs = []
    if s.get('tax', True):
        codes = []
        for n in s['needs']:
            c = term_for(n, s)
            if c not in codes: codes.append(c)
        if s.get('cy'): codes.append('DC-IAI-01')
        for c in codes:
            nm, desc, _ = TERMS[c]
            tid = uid('term', c)
            attrs.append({'id': uid('attr', sid, c), 'link_id': sid, 'link_type': 'category', 'taxonomy_term_id': tid,
                          'taxonomy_term': {'id': tid, 'name': nm, 'description': desc, 'parent_id': uid('term', c[:6]),
                                            'taxonomy': TAXONOMY, 'taxonomy_id': TAX_ID, 'term': c,
                                            'term_uri': 'https://dewis-categories.example/term/%s' % c}})
    rec['attributes'] = attrs
    directory.append(rec)
    first = P[s['locs'][0][0]] if s['mode'] == 'in_person' else None
    labels[sid] = {'name': s['name'], 'needs': s['needs'], 'free': free, 'active': status == 'active', 'mode': s['mode'],
                   'lat': first[0] if first else None, 'lon': first[1] if first else None,
                   'town': base_town(first[2]) if first else None, 'county': first[3] if first else None,
                   'minAge': s.get('mn'), 'maxAge': s.get('mx'), 'area': s.get('area')}

vocab = {
 '_why': ("Written with the Wales set. The directory uses one taxonomy, 'dewis-categories' (a Dewis-Cymru-like, bilingual "
          "category scheme invented for this set: codes like DC-ARI-02, names like 'Arian › Dyledion / Money › Debt help'). "
          "'terms' maps every code used in the directory to the set's needs vocabulary (the same 16 words as the North East set); "
          "DC-IAI-01 (Welsh-language service) says how a service is delivered, not what need it meets, so it maps to null. "
          "18 records have no taxonomy at all and must be matched on their free text. 'needs' and 'barriers' map the needs and "
          "barrier words the people use to the default script's options, in the same way as the earlier vocabulary.json (the "
          "words are the same, so the mapping is the same)."),
 'taxonomy': TAXONOMY,
 'terms': {c: TERMS[c][2] for c in TERMS},
 'termNames': {c: TERMS[c][0] for c in TERMS},
 'parents': PARENTS,
 'needs': {'loneliness': 'loneliness', 'mental_health': 'mental_wellbeing', 'money': 'money', 'food': 'money', 'housing': 'housing',
           'employment': 'work_volunteering', 'learning': 'work_volunteering', 'long_term_conditions': 'physical_health',
           'bereavement': 'bereavement', 'carers': 'caring', 'physical_activity': 'activity', 'alcohol_drugs': 'mental_wellbeing',
           'arts': 'mental_wellbeing', 'parenting': None, 'digital': None, 'transport': None},
 'barriers': {'cost': 'cost', 'transport': 'transport', 'rural': 'transport', 'mobility': 'mobility', 'pain': 'mobility',
              'hearing': 'hearing_sight', 'caring': 'caring_duties', 'childcare': 'caring_duties', 'confidence': 'anxiety_new_places',
              'anxiety': 'anxiety_new_places', 'stigma': 'anxiety_new_places', 'digital': 'digital', 'language': 'language', 'work hours': None},
}
used = {a['taxonomy_term']['term'] for r in directory for a in r['attributes']}
assert used <= set(vocab['terms']), used - set(vocab['terms'])
vocab['terms'] = {c: v for c, v in vocab['terms'].items() if c in used}
vocab['termNames'] = {c: v for c, v in vocab['termNames'].items() if c in used}

def dump(name, obj):
    with open(os.path.join(OUT, name), 'w', encoding='utf-8') as f:
        json.dump(obj, f, ensure_ascii=False, indent=1); f.write('\n')
dump('directory-wales.json', directory)
dump('labels-wales.json', labels)
dump('vocabulary.json', vocab)
json.dump(BROKEN_NOTES, open(os.path.join(OUT, 'src', 'broken.json'), 'w'), ensure_ascii=False, indent=1)
print(len(directory), 'services,', len({r['organization_id'] for r in directory}), 'organisations; broken:', BROKEN_NOTES)
