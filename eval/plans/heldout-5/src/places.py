"""Places in the West Midlands and the Welsh Marches: true coordinates (town or district centres, from memory, about
+-0.5 km), the real postcode sector used for addresses there, the local authority, the ICB, and the label town.
key: (lat, lon, postcode sector, local authority, ICB, label town)"""

BSOL, BC, CW, STW, HW = ('Birmingham and Solihull ICB', 'Black Country ICB', 'Coventry and Warwickshire ICB',
                         'Shropshire, Telford and Wrekin ICB', 'Herefordshire and Worcestershire ICB')
ICBS = {BSOL: {'Birmingham', 'Solihull'}, BC: {'Dudley', 'Sandwell', 'Walsall', 'Wolverhampton'}, CW: {'Coventry'},
        STW: {'Shropshire', 'Telford and Wrekin'}, HW: {'Herefordshire', 'Worcestershire'}}
BHM, SOL, COV, WOL, WAL, DUD, SAN, SHR, TEL, HER, WOR = ('Birmingham', 'Solihull', 'Coventry', 'Wolverhampton', 'Walsall',
    'Dudley', 'Sandwell', 'Shropshire', 'Telford and Wrekin', 'Herefordshire', 'Worcestershire')

P = {
    # Birmingham
    'BHM_CC':      (52.4797, -1.9026, 'B4 6', BHM, BSOL, 'Birmingham'),
    'DIGBETH':     (52.4755, -1.8850, 'B5 5', BHM, BSOL, 'Birmingham'),
    'HANDSWORTH':  (52.5035, -1.9355, 'B21 9', BHM, BSOL, 'Birmingham'),
    'HANDS_PARK':  (52.5000, -1.9240, 'B20 2', BHM, BSOL, 'Birmingham'),
    'LOZELLS':     (52.4990, -1.9100, 'B19 1', BHM, BSOL, 'Birmingham'),
    'SPARKBROOK':  (52.4650, -1.8760, 'B11 1', BHM, BSOL, 'Birmingham'),
    'SMALL_HEATH': (52.4700, -1.8560, 'B10 0', BHM, BSOL, 'Birmingham'),
    'SMALLH_PARK': (52.4745, -1.8620, 'B10 9', BHM, BSOL, 'Birmingham'),
    'ALUM_ROCK':   (52.4840, -1.8370, 'B8 1', BHM, BSOL, 'Birmingham'),
    'ERDINGTON':   (52.5240, -1.8380, 'B23 6', BHM, BSOL, 'Birmingham'),
    'ERD_SOUTH':   (52.5170, -1.8330, 'B24 9', BHM, BSOL, 'Birmingham'),
    'SELLY_OAK':   (52.4410, -1.9360, 'B29 6', BHM, BSOL, 'Birmingham'),
    'KINGS_HEATH': (52.4340, -1.8930, 'B14 7', BHM, BSOL, 'Birmingham'),
    'NORTHFIELD':  (52.4150, -1.9700, 'B31 2', BHM, BSOL, 'Birmingham'),
    'ASTON':       (52.5030, -1.8830, 'B6 4', BHM, BSOL, 'Birmingham'),
    'SUTTON':      (52.5650, -1.8240, 'B72 1', BHM, BSOL, 'Sutton Coldfield'),
    # Solihull
    'SOLIHULL':    (52.4130, -1.7780, 'B91 3', SOL, BSOL, 'Solihull'),
    'CHELMSLEY':   (52.4800, -1.7350, 'B37 5', SOL, BSOL, 'Chelmsley Wood'),
    # Coventry
    'COV_CC':      (52.4080, -1.5110, 'CV1 1', COV, CW, 'Coventry'),
    'FOLESHILL':   (52.4250, -1.5000, 'CV6 5', COV, CW, 'Coventry'),
    'HILLFIELDS':  (52.4110, -1.4990, 'CV1 5', COV, CW, 'Coventry'),
    'TILE_HILL':   (52.3990, -1.5880, 'CV4 9', COV, CW, 'Coventry'),
    # Black Country
    'WOL_CC':      (52.5860, -2.1290, 'WV1 1', WOL, BC, 'Wolverhampton'),
    'WHITMORE':    (52.5950, -2.1450, 'WV1 4', WOL, BC, 'Wolverhampton'),
    'BILSTON':     (52.5660, -2.0740, 'WV14 0', WOL, BC, 'Bilston'),
    'WALSALL':     (52.5860, -1.9820, 'WS1 1', WAL, BC, 'Walsall'),
    'BLOXWICH':    (52.6180, -2.0040, 'WS3 2', WAL, BC, 'Bloxwich'),
    'DUDLEY':      (52.5120, -2.0810, 'DY1 1', DUD, BC, 'Dudley'),
    'STOURBRIDGE': (52.4560, -2.1480, 'DY8 1', DUD, BC, 'Stourbridge'),
    'BRIERLEY':    (52.4810, -2.1200, 'DY5 3', DUD, BC, 'Brierley Hill'),
    'HALESOWEN':   (52.4490, -2.0500, 'B63 3', DUD, BC, 'Halesowen'),
    'WBROM':       (52.5190, -1.9950, 'B70 7', SAN, BC, 'West Bromwich'),
    'SMETHWICK':   (52.4930, -1.9690, 'B66 3', SAN, BC, 'Smethwick'),
    'TIPTON':      (52.5290, -2.0660, 'DY4 8', SAN, BC, 'Tipton'),
    'OLDBURY':     (52.5050, -2.0160, 'B69 3', SAN, BC, 'Oldbury'),
    # Shropshire
    'SHREWSBURY':  (52.7080, -2.7540, 'SY1 1', SHR, STW, 'Shrewsbury'),
    'SHREW_W':     (52.7100, -2.7700, 'SY3 8', SHR, STW, 'Shrewsbury'),
    'OSWESTRY':    (52.8600, -3.0540, 'SY11 1', SHR, STW, 'Oswestry'),
    'LUDLOW':      (52.3670, -2.7180, 'SY8 1', SHR, STW, 'Ludlow'),
    'BRIDGNORTH':  (52.5350, -2.4200, 'WV16 4', SHR, STW, 'Bridgnorth'),
    'STRETTON':    (52.5390, -2.8030, 'SY6 6', SHR, STW, 'Church Stretton'),
    'BISHOPS_C':   (52.4930, -2.9990, 'SY9 5', SHR, STW, "Bishop's Castle"),
    'CRAVEN_ARMS': (52.4400, -2.8360, 'SY7 9', SHR, STW, 'Craven Arms'),
    'MKT_DRAYTON': (52.9040, -2.4840, 'TF9 1', SHR, STW, 'Market Drayton'),
    'WHITCHURCH':  (52.9690, -2.6820, 'SY13 1', SHR, STW, 'Whitchurch'),
    'MUCH_WENLOCK':(52.5960, -2.5580, 'TF13 6', SHR, STW, 'Much Wenlock'),
    # Telford and Wrekin
    'TELFORD':     (52.6770, -2.4490, 'TF3 4', TEL, STW, 'Telford'),
    'WELLINGTON':  (52.7000, -2.5170, 'TF1 1', TEL, STW, 'Wellington'),
    'MADELEY':     (52.6370, -2.4500, 'TF7 5', TEL, STW, 'Madeley'),
    'OAKENGATES':  (52.6940, -2.4510, 'TF2 6', TEL, STW, 'Oakengates'),
    # Herefordshire
    'HEREFORD':    (52.0560, -2.7160, 'HR1 2', HER, HW, 'Hereford'),
    'HEREFORD_N':  (52.0680, -2.7150, 'HR4 9', HER, HW, 'Hereford'),
    'LEOMINSTER':  (52.2270, -2.7380, 'HR6 8', HER, HW, 'Leominster'),
    'LEDBURY':     (52.0350, -2.4230, 'HR8 1', HER, HW, 'Ledbury'),
    'ROSS':        (51.9140, -2.5870, 'HR9 7', HER, HW, 'Ross-on-Wye'),
    'KINGTON':     (52.2030, -3.0300, 'HR5 3', HER, HW, 'Kington'),
    # Worcestershire
    'WORCESTER':   (52.1920, -2.2200, 'WR1 2', WOR, HW, 'Worcester'),
    'WORC_S':      (52.1800, -2.2150, 'WR5 1', WOR, HW, 'Worcester'),
    'KIDDERMINSTER': (52.3880, -2.2490, 'DY10 1', WOR, HW, 'Kidderminster'),
    'MALVERN':     (52.1110, -2.3260, 'WR14 4', WOR, HW, 'Malvern'),
    'EVESHAM':     (52.0920, -1.9470, 'WR11 4', WOR, HW, 'Evesham'),
    'PERSHORE':    (52.1110, -2.0760, 'WR10 1', WOR, HW, 'Pershore'),
    'TENBURY':     (52.3110, -2.5960, 'WR15 8', WOR, HW, 'Tenbury Wells'),
    'BROMSGROVE':  (52.3350, -2.0600, 'B61 8', WOR, HW, 'Bromsgrove'),
}
