"""The invented taxonomies. ccni-categories: a Community-Connect-NI-like scheme (NOT a real NI Direct or Family Support
NI scheme). lga-service-type: an esd/LGA-like list of service types (invented codes)."""
TERMS = {
 'CNI-MB-01': 'money', 'CNI-MB-02': 'money', 'CNI-HO-01': 'housing', 'CNI-FD-01': 'food', 'CNI-FD-02': 'food',
 'CNI-SC-01': 'loneliness', 'CNI-SC-02': 'loneliness', 'CNI-MH-01': 'mental_health', 'CNI-MH-02': 'mental_health',
 'CNI-AC-01': 'physical_activity', 'CNI-AC-02': 'physical_activity', 'CNI-CA-01': 'carers', 'CNI-CA-02': 'carers',
 'CNI-EM-01': 'employment', 'CNI-EM-02': 'employment', 'CNI-BE-01': 'bereavement', 'CNI-AD-01': 'alcohol_drugs',
 'CNI-LE-01': 'learning', 'CNI-LE-02': 'digital', 'CNI-HC-01': 'long_term_conditions', 'CNI-FA-01': 'parenting',
 'CNI-AR-01': 'arts', 'CNI-TR-01': 'transport', 'CNI-LA-01': None,
}
TERM_NAMES = {
 'CNI-MB-01': 'Money and benefits › Benefits and entitlements', 'CNI-MB-02': 'Money and benefits › Debt advice',
 'CNI-HO-01': 'Housing › Housing advice and homelessness', 'CNI-FD-01': 'Food › Food banks and community pantries',
 'CNI-FD-02': 'Food › Lunch clubs and community meals', 'CNI-SC-01': 'Getting together › Social clubs and groups',
 'CNI-SC-02': 'Getting together › Befriending', 'CNI-MH-01': 'Emotional health › Wellbeing and peer support',
 'CNI-MH-02': 'Emotional health › Counselling', 'CNI-AC-01': 'Active living › Walking groups',
 'CNI-AC-02': 'Active living › Exercise and sport', 'CNI-CA-01': 'Carers › Adult carers', 'CNI-CA-02': 'Carers › Young carers',
 'CNI-EM-01': 'Work and skills › Employability', 'CNI-EM-02': 'Work and skills › Volunteering',
 'CNI-BE-01': 'Loss and grief › Bereavement support', 'CNI-AD-01': 'Addictions › Alcohol and drugs support and recovery',
 'CNI-LE-01': 'Learning › Adult learning and ESOL', 'CNI-LE-02': 'Learning › Digital inclusion',
 'CNI-HC-01': 'Health conditions › Self-management and support groups', 'CNI-FA-01': 'Family › Parenting support',
 'CNI-AR-01': 'Arts and culture › Music, art and crafts', 'CNI-TR-01': 'Getting about › Community transport',
 'CNI-LA-01': 'Language › Irish-language or Ulster-Scots service',
}
PARENTS = {
 'CNI-MB': 'Money and benefits', 'CNI-HO': 'Housing', 'CNI-FD': 'Food', 'CNI-SC': 'Getting together', 'CNI-MH': 'Emotional health',
 'CNI-AC': 'Active living', 'CNI-CA': 'Carers', 'CNI-EM': 'Work and skills', 'CNI-BE': 'Loss and grief', 'CNI-AD': 'Addictions',
 'CNI-LE': 'Learning', 'CNI-HC': 'Health conditions', 'CNI-FA': 'Family', 'CNI-AR': 'Arts and culture', 'CNI-TR': 'Getting about',
 'CNI-LA': 'Language',
}
LGA = {'LGA-0105': 'money', 'LGA-0112': 'money', 'LGA-0236': 'housing', 'LGA-0341': 'loneliness', 'LGA-0410': 'carers',
       'LGA-0518': 'transport', 'LGA-0840': 'employment'}
LGA_NAMES = {'LGA-0105': 'Welfare benefits advice', 'LGA-0112': 'Debt counselling', 'LGA-0236': 'Homelessness prevention',
             'LGA-0341': 'Befriending schemes', 'LGA-0410': 'Carers support', 'LGA-0518': 'Community transport',
             'LGA-0840': 'Employment support'}
