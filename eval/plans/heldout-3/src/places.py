# key: (lat, lon, town, county, postcode)  -- town/district centres from memory, ~+-0.5 km
P = {
 'cardiff':     (51.4816, -3.1791, 'Cardiff', 'Cardiff', 'CF10 1BH'),
 'splott':      (51.4790, -3.1500, 'Splott, Cardiff', 'Cardiff', 'CF24 2DA'),
 'ely':         (51.4800, -3.2400, 'Ely, Cardiff', 'Cardiff', 'CF5 4AA'),
 'cathays':     (51.4920, -3.1800, 'Cathays, Cardiff', 'Cardiff', 'CF24 4HQ'),
 'grangetown':  (51.4700, -3.1870, 'Grangetown, Cardiff', 'Cardiff', 'CF11 7LU'),
 'roath':       (51.5000, -3.1680, 'Roath, Cardiff', 'Cardiff', 'CF23 5PD'),
 'butetown':    (51.4640, -3.1650, 'Butetown, Cardiff', 'Cardiff', 'CF10 5BZ'),
 'newport':     (51.5842, -2.9977, 'Newport', 'Newport', 'NP20 1HG'),
 'pill':        (51.5730, -2.9950, 'Pillgwenlly, Newport', 'Newport', 'NP20 2JF'),
 'maindee':     (51.5880, -2.9800, 'Maindee, Newport', 'Newport', 'NP19 8GA'),
 'swansea':     (51.6214, -3.9436, 'Swansea', 'Swansea', 'SA1 3SN'),
 'morriston':   (51.6680, -3.9250, 'Morriston', 'Swansea', 'SA6 8BT'),
 'sketty':      (51.6170, -3.9850, 'Sketty', 'Swansea', 'SA2 0EE'),
 'townhill':    (51.6300, -3.9600, 'Townhill', 'Swansea', 'SA1 6NY'),
 'merthyr':     (51.7487, -3.3816, 'Merthyr Tydfil', 'Merthyr Tydfil', 'CF47 8AF'),
 'gurnos':      (51.7600, -3.3800, 'Gurnos, Merthyr Tydfil', 'Merthyr Tydfil', 'CF47 9BW'),
 'aberdare':    (51.7147, -3.4469, 'Aberdare', 'Rhondda Cynon Taf', 'CF44 7AG'),
 'pontypridd':  (51.6020, -3.3422, 'Pontypridd', 'Rhondda Cynon Taf', 'CF37 4DA'),
 'treorchy':    (51.6590, -3.5050, 'Treorchy', 'Rhondda Cynon Taf', 'CF42 6NE'),
 'tonypandy':   (51.6220, -3.4530, 'Tonypandy', 'Rhondda Cynon Taf', 'CF40 2DB'),
 'porth':       (51.6120, -3.4080, 'Porth', 'Rhondda Cynon Taf', 'CF39 9RU'),
 'ebbwvale':    (51.7779, -3.2070, 'Ebbw Vale', 'Blaenau Gwent', 'NP23 6HH'),
 'tredegar':    (51.7720, -3.2470, 'Tredegar', 'Blaenau Gwent', 'NP22 3NB'),
 'brynmawr':    (51.7990, -3.1750, 'Brynmawr', 'Blaenau Gwent', 'NP23 4AL'),
 'llanelli':    (51.6840, -4.1630, 'Llanelli', 'Carmarthenshire', 'SA15 3DD'),
 'carmarthen':  (51.8576, -4.3121, 'Carmarthen', 'Carmarthenshire', 'SA31 1LL'),
 'llandeilo':   (51.8846, -3.9920, 'Llandeilo', 'Carmarthenshire', 'SA19 6HN'),
 'llandrindod': (52.2420, -3.3790, 'Llandrindod Wells', 'Powys', 'LD1 5DL'),
 'newtown':     (52.5132, -3.3141, 'Newtown', 'Powys', 'SY16 2NH'),
 'builth':      (52.1500, -3.4030, 'Builth Wells', 'Powys', 'LD2 3BL'),
 'brecon':      (51.9470, -3.3910, 'Brecon', 'Powys', 'LD3 7DW'),
 'machynlleth': (52.5910, -3.8510, 'Machynlleth', 'Powys', 'SY20 8AE'),
 'llanidloes':  (52.4490, -3.5400, 'Llanidloes', 'Powys', 'SY18 6BN'),
 'aberystwyth': (52.4153, -4.0829, 'Aberystwyth', 'Ceredigion', 'SY23 2AZ'),
 'lampeter':    (52.1120, -4.0800, 'Lampeter', 'Ceredigion', 'SA48 7BB'),
 'bangor':      (53.2274, -4.1293, 'Bangor', 'Gwynedd', 'LL57 1NT'),
 'caernarfon':  (53.1390, -4.2760, 'Caernarfon', 'Gwynedd', 'LL55 1SE'),
 'pwllheli':    (52.8880, -4.4170, 'Pwllheli', 'Gwynedd', 'LL53 5HA'),
 'blaenauff':   (52.9940, -3.9380, 'Blaenau Ffestiniog', 'Gwynedd', 'LL41 3ES'),
 'holyhead':    (53.3090, -4.6330, 'Holyhead', 'Isle of Anglesey', 'LL65 1HN'),
 'llangefni':   (53.2560, -4.3110, 'Llangefni', 'Isle of Anglesey', 'LL77 7LR'),
 'wrexham':     (53.0460, -2.9930, 'Wrexham', 'Wrexham', 'LL11 1AY'),
}
# which counties a service-area name covers
AREAS = {
 'Wales': None,  # everyone in the set
 'Cwm Taf': {'Rhondda Cynon Taf', 'Merthyr Tydfil'},
 'Gwent': {'Newport', 'Blaenau Gwent'},
 'North Wales': {'Gwynedd', 'Isle of Anglesey', 'Wrexham'},
 'Ynys Môn': {'Isle of Anglesey'},
}
def area_covers(area, county):
    if area in AREAS:
        s = AREAS[area]
        return True if s is None else county in s
    return area == county
