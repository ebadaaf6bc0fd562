"""Places: true coordinates (town or district centres, from memory, about +-0.5 km), the real BT postcode
sector used for addresses there, the council area (one of the 11) and the Health and Social Care Trust.
label = the plain town for labels-ni.json ('Belfast', 'Derry', 'Enniskillen')."""

B, N, SE, S, W = 'Belfast HSCT', 'Northern HSCT', 'South Eastern HSCT', 'Southern HSCT', 'Western HSCT'
BEL, LC, AND, ANT, MEA, CCG, MU, ABC, NMD, DCS, FO = (
    'Belfast', 'Lisburn and Castlereagh', 'Ards and North Down', 'Antrim and Newtownabbey', 'Mid and East Antrim',
    'Causeway Coast and Glens', 'Mid Ulster', 'Armagh City, Banbridge and Craigavon', 'Newry, Mourne and Down',
    'Derry City and Strabane', 'Fermanagh and Omagh')
COUNCILS = [BEL, LC, AND, ANT, MEA, CCG, MU, ABC, NMD, DCS, FO]

# key: (lat, lon, postcode sector, council, trust, label town)
P = {
    'BEL_CC':      (54.5973, -5.9301, 'BT1 4', BEL, B, 'Belfast'),
    'SHANKILL':    (54.6040, -5.9480, 'BT13 1', BEL, B, 'Belfast'),
    'FALLS':       (54.5960, -5.9540, 'BT12 4', BEL, B, 'Belfast'),
    'FALLS_PARK':  (54.5890, -5.9720, 'BT12 6', BEL, B, 'Belfast'),
    'ORMEAU':      (54.5855, -5.9215, 'BT7 3', BEL, B, 'Belfast'),
    'ORMEAU_PARK': (54.5850, -5.9120, 'BT6 8', BEL, B, 'Belfast'),
    'CONNSWATER':  (54.5965, -5.8985, 'BT5 4', BEL, B, 'Belfast'),
    'NEWTOWNARDS_RD': (54.5990, -5.8900, 'BT4 1', BEL, B, 'Belfast'),
    'ANDYTOWN':    (54.5760, -5.9930, 'BT11 9', BEL, B, 'Belfast'),
    'ARDOYNE':     (54.6135, -5.9600, 'BT14 7', BEL, B, 'Belfast'),
    'MALONE':      (54.5830, -5.9350, 'BT9 5', BEL, B, 'Belfast'),
    'CREGAGH':     (54.5760, -5.8930, 'BT6 0', BEL, B, 'Belfast'),
    'LISBURN':     (54.5110, -6.0450, 'BT28 1', LC, SE, 'Lisburn'),
    'BANGOR':      (54.6600, -5.6690, 'BT20 4', AND, SE, 'Bangor'),
    'NEWTOWNARDS': (54.5920, -5.6950, 'BT23 4', AND, SE, 'Newtownards'),
    'PORTAFERRY':  (54.3810, -5.5480, 'BT22 1', AND, SE, 'Portaferry'),
    'BALLYWALTER': (54.5440, -5.4840, 'BT22 2', AND, SE, 'Ballywalter'),
    'KIRCUBBIN':   (54.4870, -5.5330, 'BT22 1', AND, SE, 'Kircubbin'),
    'DOWNPATRICK': (54.3270, -5.7140, 'BT30 6', NMD, SE, 'Downpatrick'),
    'CASTLEWELLAN': (54.2560, -5.9450, 'BT31 9', NMD, SE, 'Castlewellan'),
    'NEWRY':       (54.1755, -6.3390, 'BT34 1', NMD, S, 'Newry'),
    'KILKEEL':     (54.0630, -5.9990, 'BT34 4', NMD, S, 'Kilkeel'),
    'RATHFRILAND': (54.2370, -6.1620, 'BT34 5', ABC, S, 'Rathfriland'),
    'DROMORE':     (54.4150, -6.1500, 'BT25 1', ABC, S, 'Dromore'),
    'BANBRIDGE':   (54.3490, -6.2700, 'BT32 3', ABC, S, 'Banbridge'),
    'ARMAGH':      (54.3495, -6.6540, 'BT61 7', ABC, S, 'Armagh'),
    'PORTADOWN':   (54.4230, -6.4440, 'BT62 3', ABC, S, 'Portadown'),
    'DUNGANNON':   (54.5040, -6.7690, 'BT70 1', MU, S, 'Dungannon'),
    'COOKSTOWN':   (54.6440, -6.7450, 'BT80 8', MU, N, 'Cookstown'),
    'MAGHERAFELT': (54.7550, -6.6080, 'BT45 6', MU, N, 'Magherafelt'),
    'BALLYMENA':   (54.8640, -6.2770, 'BT43 6', MEA, N, 'Ballymena'),
    'ANTRIM':      (54.7160, -6.2150, 'BT41 4', ANT, N, 'Antrim'),
    'LARNE':       (54.8560, -5.8200, 'BT40 1', MEA, N, 'Larne'),
    'CARRICK':     (54.7160, -5.8070, 'BT38 7', MEA, N, 'Carrickfergus'),
    'COLERAINE':   (55.1320, -6.6680, 'BT52 1', CCG, N, 'Coleraine'),
    'PORTRUSH':    (55.2050, -6.6520, 'BT56 8', CCG, N, 'Portrush'),
    'PORTSTEWART': (55.1860, -6.7190, 'BT55 7', CCG, N, 'Portstewart'),
    'BALLYCASTLE': (55.2040, -6.2420, 'BT54 6', CCG, N, 'Ballycastle'),
    'CUSHENDALL':  (55.0810, -6.0650, 'BT44 0', CCG, N, 'Cushendall'),
    'LIMAVADY':    (55.0520, -6.9500, 'BT49 0', CCG, W, 'Limavady'),
    'DERRY_CITY':  (54.9960, -7.3110, 'BT48 6', DCS, W, 'Derry'),
    'DERRY_BOGSIDE': (54.9975, -7.3230, 'BT48 9', DCS, W, 'Derry'),
    'DERRY_CREGGAN': (55.0030, -7.3320, 'BT48 9', DCS, W, 'Derry'),
    'DERRY_WATERSIDE': (54.9920, -7.2980, 'BT47 6', DCS, W, 'Derry'),
    'STRABANE':    (54.8270, -7.4630, 'BT82 8', DCS, W, 'Strabane'),
    'OMAGH':       (54.5990, -7.3000, 'BT78 1', FO, W, 'Omagh'),
    'ENNISKILLEN': (54.3440, -7.6320, 'BT74 7', FO, W, 'Enniskillen'),
    'LISNASKEA':   (54.2510, -7.4430, 'BT92 0', FO, W, 'Lisnaskea'),
    'IRVINESTOWN': (54.4730, -7.6340, 'BT94 1', FO, W, 'Irvinestown'),
}

# Service areas: name -> set of councils (None = all of Northern Ireland). A trust is matched on the person's trust,
# a council on the person's council; see check.py, which holds the same table.
TRUSTS = {B: {BEL}, N: {ANT, MEA, CCG, MU}, SE: {LC, AND, NMD}, S: {ABC, NMD, MU}, W: {DCS, FO, CCG}}
