"""Writes probe-township.gold.jsonl: 40 rows written for this probe (not taken from any report) and
hand-annotated in the gold schema (corpus/SCHEMA.md). Each row is one line of the annual
work-target responsibility table (目标责任书完成情况) or the year-end work summary (年度工作总结) of a
township or sub-district (乡镇人民政府, 街道办事处): the task is the year's target (农村人居环境整治,
厕所革命, 垃圾分类, 危房改造, 高标准农田, 撂荒地复耕, 村集体经济, 招商引资, 规上企业培育, 综治/信访/
安全生产, 医保/养老保险, 防返贫监测, 就业, 河长制, 森林防火, 畜牧, 粮食), the progress is what the
township clerk reported (截至11月底/全年, 累计, 已完成/已建成/正在施工/已招标/已验收, 其中…per village,
named villages (张家村、李家村等5个村), village parts that add up to a township total nobody wrote,
完成年度任务的X%, 超额完成, 对照年初目标…, another measure in the same unit, 预计年底前, 去年同期 ...).
Units are township units (户, 人, 亩, 头, 只, 斤/公斤/吨, 万元/元, 千米 vs 公里, 平方米, 处, 座, 口, 盏,
个(村), 名). The office in charge is the row's owner. Five rows are in traditional characters; some
use full-width digits or Chinese numerals.
Checks (gold_writer.py) that every annotated string occurs (nth), that no two mentions of a column claim the same
or overlapping spans, that no mention starts inside a longer number, that every period occurs in
the progress text, computes ratios, and lists digit and numeral runs left unannotated.
Run: python tests/cases/make_probe_township.py"""
from pathlib import Path

from gold_writer import M, O, ProbeSet

probe = ProbeSet("probe11")
row = probe.row


# ---------------------------------------------------------------------------------------------
# Township and sub-district target tables and year-end summaries (items 1-40)
# ---------------------------------------------------------------------------------------------

# 1 镇农业农村办 (Chinese numerals): 改厕 户, 两座 公厕 accepted, 十二个村 covered, remainder under construction
P = "截至11月底"
row("镇农业农村办",
    "完成农村户厕改造三百二十户,新建农村公厕两座,全镇十二个村生活垃圾收运处置体系全覆盖。",
    "截至11月底,全镇累计完成户厕改造三百零六户,完成年度任务的95.6%,剩余十四户正在施工;新建的两座公厕已于9月通过验收并投入使用;全镇十二个村均已纳入生活垃圾“户分类、村收集、镇转运”体系。",
    targets=[M("三百二十户", 320, "户", "农村户厕改造"),
             M("两座", 2, "座", "新建农村公厕"),
             M("十二个", 12, "个", "生活垃圾收运处置体系覆盖的村")],
    actuals=[M("三百零六户", 306, "户", "累计完成户厕改造", period=P),
             M("95.6%", 95.6, "%", "户厕改造完成年度任务的(比例)", period=P),
             M("十四户", 14, "户", "正在施工的户厕", period=P),
             M("两座", 2, "座", "新建公厕(已验收)"),
             M("十二个", 12, "个", "纳入生活垃圾收运体系的村")],
    pairs=[("t1", ["a1"]), ("t2", ["a4"]), ("t3", ["a5"])],
    note="Chinese numerals throughout. 三百零六户 / 三百二十户 = 0.9563 (the text's 95.6%); the 十四户 still under construction are not done (would-be sum 1.0). 两座 公厕 accepted in 9月 (a date) answer 新建 (1.0). 全覆盖 is no number; the target is the 十二个 villages covered. The slogan “户分类、村收集、镇转运” has no count.")

# 2 街道城管办: 100% coverage, 投放点 built vs sites only chosen, 更换 + 新装 路灯 add up
row("街道城市管理办公室",
    "辖区生活垃圾分类覆盖率达到100%,新增垃圾分类智能投放点40个,更换、新装路灯不少于350盏。",
    "全年街道23个社区已全部推行垃圾分类,覆盖率100%;新建智能投放点36个,另有5个已完成选址、设备已招标;更换老旧路灯218盏、新装路灯147盏。",
    targets=[M("100%", 100, "%", "生活垃圾分类覆盖率"),
             M("40个", 40, "个", "新增垃圾分类智能投放点"),
             M("350盏", 350, "盏", "更换、新装路灯", bound="min")],
    actuals=[M("23个", 23, "个", "推行垃圾分类的社区", period="全年"),
             M("100%", 100, "%", "垃圾分类覆盖率", period="全年"),
             M("36个", 36, "个", "新建智能投放点"),
             M("5个", 5, "个", "已选址、设备已招标的投放点"),
             M("218盏", 218, "盏", "更换老旧路灯"),
             M("147盏", 147, "盏", "新装路灯")],
    pairs=[("t1", ["a2"]), ("t2", ["a3"]), ("t3", ["a5", "a6"])],
    note="达到100% is exact (1.0). 新建36个 answers 新增 (0.9); the 5 points only sited and tendered are not built (would-be sum 1.025). 更换、新装 = 更换 + 新装: 218 + 147 = 365 (combine sum, 1.0429). 23个 社区 is the scope.")

# 3 镇经管站: village parts add up to the township total nobody wrote; 10万元 threshold; 清零 is no number
row("镇农村经济经营管理站",
    "发展壮大村集体经济,全镇村集体经营性收入总额达到260万元以上,消除经营性收入10万元以下薄弱村。",
    "全年各村集体经营性收入:桃园村58.6万元、柳河村47.2万元、新庄村39.5万元、石桥村33.8万元、东岗村28.4万元、西岗村26.1万元、南湾村22.7万元、北坡村15.3万元;经营性收入10万元以下的村已全部清零。",
    targets=[M("260万元", 260, "万元", "全镇村集体经营性收入总额", bound="min")],
    other=[O("10万元", 10, "万元", "class threshold (经营性收入10万元以下薄弱村)")],
    actuals=[M("58.6万元", 58.6, "万元", "桃园村集体经营性收入", period="全年"),
             M("47.2万元", 47.2, "万元", "柳河村集体经营性收入", period="全年"),
             M("39.5万元", 39.5, "万元", "新庄村集体经营性收入", period="全年"),
             M("33.8万元", 33.8, "万元", "石桥村集体经营性收入", period="全年"),
             M("28.4万元", 28.4, "万元", "东岗村集体经营性收入", period="全年"),
             M("26.1万元", 26.1, "万元", "西岗村集体经营性收入", period="全年"),
             M("22.7万元", 22.7, "万元", "南湾村集体经营性收入", period="全年"),
             M("15.3万元", 15.3, "万元", "北坡村集体经营性收入", period="全年"),
             M("10万元", 10, "万元", "经营性收入10万元以下的村(class)")],
    pairs=[("t1", ["a1", "a2", "a3", "a4", "a5", "a6", "a7", "a8"])],
    note="No township total is written: the eight villages add up to 271.6万元 against 260万元 (combine sum, 1.0446). The second clause has only a class threshold (10万元以下) and no target; 已全部清零 answers it in words.")

# 4 镇招商办: 到位资金 vs 协议总投资 (same unit, another measure), 亿元以上 class, a 年产 specification, a firm awaiting 入库
P = "截至12月20日"
row("镇招商引资办公室",
    "全年招商引资到位资金不低于3.5亿元,新签约亿元以上项目2个,新增规上工业企业3家。",
    "截至12月20日,全镇招商引资到位资金2.86亿元,完成年度任务的81.7%;新签约项目5个,协议总投资4.2亿元,其中亿元以上项目1个(年产5万吨饲料加工项目);新增入库规上工业企业2家,另有1家企业产值已达标、待明年一季度入库。",
    targets=[M("3.5亿元", 3.5, "亿元", "招商引资到位资金", bound="min"),
             M("2个", 2, "个", "新签约亿元以上项目"),
             M("3家", 3, "家", "新增规上工业企业")],
    other=[O("亿元以上", 1, "亿元", "class threshold (亿元以上项目, number implicit)")],
    actuals=[M("2.86亿元", 2.86, "亿元", "招商引资到位资金", period=P),
             M("81.7%", 81.7, "%", "到位资金完成年度任务的(比例)", period=P),
             M("5个", 5, "个", "新签约项目"),
             M("4.2亿元", 4.2, "亿元", "新签约项目协议总投资"),
             M("亿元以上", 1, "亿元", "亿元以上项目(class)"),
             M("1个", 1, "个", "新签约亿元以上项目"),
             M("5万吨", 5, "万吨", "饲料加工项目年产能(specification)"),
             M("2家", 2, "家", "新增入库规上工业企业"),
             M("1家", 1, "家", "产值达标待明年入库的企业")],
    pairs=[("t1", ["a1"]), ("t2", ["a6"]), ("t3", ["a8"])],
    note="到位资金 2.86亿元 answers (0.8171); 协议总投资4.2亿元 is another measure in the same unit and does not (would-be 1.2). 新签约项目5个 is broader than 亿元以上 (1个 answers, 0.5). The firm to be counted in 明年一季度 does not answer (would-be sum 1.0). 12月20日 is a date; 年产5万吨 is a specification.")

# 5 镇农业综合服务中心: 高标准农田 only tendered and under way, 撂荒地 复耕 with a 其中 part, 亩 of another measure
row("镇农业综合服务中心",
    "新建高标准农田5000亩,完成撂荒地复耕复种800亩以上,粮食播种面积稳定在6.2万亩以上。",
    "今年下达我镇的5000亩高标准农田建设项目已完成招标,正在进行土地平整和沟渠施工,已完成工程量的60%左右;全年复耕撂荒地926亩,其中种植粮食作物712亩;全镇粮食播种面积6.35万亩,较去年增加0.08万亩。",
    targets=[M("5000亩", 5000, "亩", "新建高标准农田"),
             M("800亩", 800, "亩", "撂荒地复耕复种", bound="min"),
             M("6.2万亩", 6.2, "万亩", "粮食播种面积", bound="min")],
    actuals=[M("5000亩", 5000, "亩", "下达的高标准农田建设项目(restated)", period="今年"),
             M("60%", 60, "%", "高标准农田已完成工程量(比例)", period="今年"),
             M("926亩", 926, "亩", "复耕撂荒地", period="全年"),
             M("712亩", 712, "亩", "复耕地种植粮食作物", period="全年"),
             M("6.35万亩", 6.35, "万亩", "粮食播种面积"),
             M("0.08万亩", 0.08, "万亩", "粮食播种面积较去年增加")],
    pairs=[("t2", ["a3"]), ("t3", ["a5"])],
    note="The 5000亩 in the progress restates the assigned project, which is only tendered and under construction (60%左右 of the works, a share, not an area): t1 unpaired (would-be 1.0). 926亩 answers 复耕 (1.1575); its part 712亩 is not added. 6.35万亩 answers 播种面积 (1.0242); the 0.08万亩 increase is a change. The 亩 figures of 复耕 must not pair with 高标准农田.")

# 6 镇社保所: 参保率 vs 参保人数, last year change in 个百分点, 60周岁 threshold on both sides
P = "截至11月底"
row("镇劳动保障和医疗保障所",
    "城乡居民医疗保险参保率稳定在97%以上,城乡居民养老保险参保缴费人数达到2.1万人,60周岁以上老年人养老金按时足额发放率100%。",
    "截至11月底,全镇城乡居民医保参保41862人,参保率97.6%,较去年同期提高0.4个百分点;城乡居民养老保险参保缴费20436人,完成年度任务的97.3%;为4128名60周岁以上老年人按月发放养老金,发放率100%。",
    targets=[M("97%", 97, "%", "城乡居民医疗保险参保率", bound="min"),
             M("2.1万人", 2.1, "万人", "城乡居民养老保险参保缴费人数"),
             M("100%", 100, "%", "养老金按时足额发放率")],
    other=[O("60周岁", 60, "周岁", "class threshold (60周岁以上老年人)")],
    actuals=[M("41862人", 41862, "人", "城乡居民医保参保人数", period=P),
             M("97.6%", 97.6, "%", "城乡居民医保参保率", period=P),
             M("0.4个百分点", 0.4, "个百分点", "参保率较去年同期提高", period=P),
             M("20436人", 20436, "人", "城乡居民养老保险参保缴费人数"),
             M("97.3%", 97.3, "%", "养老保险参保缴费完成年度任务的(比例)"),
             M("4128名", 4128, "名", "按月领取养老金的老年人"),
             M("60周岁", 60, "周岁", "60周岁以上老年人(class)"),
             M("100%", 100, "%", "养老金发放率")],
    pairs=[("t1", ["a2"]), ("t2", ["a4"]), ("t3", ["a8"])],
    note="The rate answers the rate (97.6/97 = 1.0062), not the head count 41862人. 20436人 against 2.1万人: 0.9731 (the text's 97.3%). 0.4个百分点 is a change on 去年同期. 发放率100% answers 按时足额发放率 (1.0).")

# 7 镇乡村振兴办: 户 and 人 of the monitored, rate answers rate, 其中 parts that sum to the total (not added again)
row("镇乡村振兴工作站",
    "防返贫动态监测和帮扶全覆盖,监测对象风险消除率达到80%以上,脱贫人口务工就业规模不低于1350人。",
    "全镇纳入防返贫监测对象37户112人,已全部落实产业、就业、兜底等帮扶措施,其中已消除风险29户90人,风险消除率78.4%;全镇脱贫人口务工就业1386人,其中省外务工524人、县内就业862人。",
    targets=[M("80%", 80, "%", "监测对象风险消除率", bound="min"),
             M("1350人", 1350, "人", "脱贫人口务工就业规模", bound="min")],
    actuals=[M("37户", 37, "户", "防返贫监测对象户数"),
             M("112人", 112, "人", "防返贫监测对象人数"),
             M("29户", 29, "户", "已消除风险监测户"),
             M("90人", 90, "人", "已消除风险监测人口"),
             M("78.4%", 78.4, "%", "风险消除率"),
             M("1386人", 1386, "人", "脱贫人口务工就业"),
             M("524人", 524, "人", "脱贫人口省外务工"),
             M("862人", 862, "人", "脱贫人口县内就业")],
    pairs=[("t1", ["a5"]), ("t2", ["a6"])],
    note="风险消除率78.4% answers (0.98; 29户/37户 is its basis). 1386人 answers the 就业规模 (1.0267); 524 + 862 are its parts and are not added on top. 全覆盖 is no number.")

# 8 街道综治办: 信访 fall answers the reduction, 化解率, per-community minimum vs a street-wide total
row("街道综治中心",
    "信访总量同比下降10%以上,重复信访案件化解率达到90%,每个社区配备专职网格员不少于3名。",
    "全年街道受理群众来信来访186件次,同比下降14.2%;排查重复信访积案23件,已化解20件,化解率87%;街道15个社区共配备专职网格员52名、兼职网格员137名。",
    targets=[M("10%", 10, "%", "信访总量", kind="reduction", bound="min"),
             M("90%", 90, "%", "重复信访案件化解率"),
             M("3名", 3, "名", "每个社区配备专职网格员", bound="min")],
    actuals=[M("186件次", 186, "件次", "受理群众来信来访", period="全年"),
             M("14.2%", 14.2, "%", "来信来访同比下降", kind="reduction", period="全年"),
             M("23件", 23, "件", "排查重复信访积案"),
             M("20件", 20, "件", "已化解重复信访积案"),
             M("87%", 87, "%", "重复信访积案化解率"),
             M("15个", 15, "个", "街道社区(scope)"),
             M("52名", 52, "名", "全街道专职网格员"),
             M("137名", 137, "名", "全街道兼职网格员")],
    pairs=[("t1", ["a2"]), ("t2", ["a5"])],
    note="Reduction target answered by a larger fall (14.2/10 = 1.42). 化解率87% answers (0.9667). The grid-worker target is per community; the text gives only a street-wide total (52名 over 15个 社区, 3.47 on average) and not that every community has 3, so t3 is unpaired (would-be 17.33 against the total, 1.156 on average). 兼职 is another measure.")

# 9 镇应急办: lower-is-better cap in 起, 家次 checks, 整改率 vs counts, last year's change
row("镇应急管理办公室",
    "全年生产安全事故起数控制在3起以内,开展企业安全生产检查不少于120家次,安全隐患整改率达到100%。",
    "全年共检查生产经营单位146家次,排查一般安全隐患318处,已整改313处,其余5处正在限期整改中,整改率98.4%;全年发生一般生产安全事故1起、死亡1人,较去年同期减少2起。",
    targets=[M("3起", 3, "起", "生产安全事故起数", bound="max"),
             M("120家次", 120, "家次", "企业安全生产检查", bound="min"),
             M("100%", 100, "%", "安全隐患整改率")],
    actuals=[M("146家次", 146, "家次", "检查生产经营单位", period="全年"),
             M("318处", 318, "处", "排查一般安全隐患", period="全年"),
             M("313处", 313, "处", "已整改安全隐患", period="全年"),
             M("5处", 5, "处", "正在限期整改的隐患", period="全年"),
             M("98.4%", 98.4, "%", "安全隐患整改率", period="全年"),
             M("1起", 1, "起", "发生一般生产安全事故", period="全年"),
             M("1人", 1, "人", "生产安全事故死亡", period="全年"),
             M("2起", 2, "起", "事故起数较去年同期减少", period="全年")],
    pairs=[("t1", ["a6"]), ("t2", ["a1"]), ("t3", ["a5"])],
    note="Lower-is-better cap: 1起 against 3起以内 (0.3333). 146家次 answers (1.2167). 整改率98.4% answers the rate (0.984), not the counts. 减少2起 is a change on 去年同期; 死亡1人 is another measure.")

# 10 镇林业站: 人工造林 vs 封山育林 (same unit, another measure), fires answered in words, 米 vs 公里, 千米 of another measure
row("镇林业工作站",
    "完成人工造林1200亩,森林火灾受害率控制在0.5‰以内,新建防火隔离带8公里。",
    "全年完成人工造林860亩、封山育林420亩,义务植树3.6万株;全年未发生森林火灾;新开设防火隔离带6800米,维修林区防火道路12.5千米。",
    targets=[M("1200亩", 1200, "亩", "人工造林"),
             M("0.5‰", 0.5, "‰", "森林火灾受害率", bound="max"),
             M("8公里", 8, "公里", "新建防火隔离带")],
    actuals=[M("860亩", 860, "亩", "完成人工造林", period="全年"),
             M("420亩", 420, "亩", "封山育林", period="全年"),
             M("3.6万株", 3.6, "万株", "义务植树", period="全年"),
             M("6800米", 6800, "米", "新开设防火隔离带"),
             M("12.5千米", 12.5, "千米", "维修林区防火道路")],
    pairs=[("t1", ["a1"]), ("t3", ["a4"])],
    note="人工造林860亩 answers (0.7167); 封山育林420亩 is another measure in the same unit (would-be sum 1.0). No fire is reported in words (未发生森林火灾), no rate: t2 unpaired. 6800米 against 8公里: 0.85; 维修防火道路12.5千米 is another measure (would-be 1.5625).")

# 11 镇畜牧兽医站: 万头 target vs 头 actual, 万只, 吨 with a 其中 part, a 全年 forecast after the semicolon
P = "1-11月"
row("镇畜牧兽医站",
    "全年生猪出栏3.2万头以上,家禽出栏45万只,肉类总产量达到3600吨。",
    "1-11月,全镇生猪出栏29860头,同比增长4.3%,家禽出栏41.7万只,肉类总产量3280吨,其中猪肉2450吨;预计全年生猪出栏3.3万头。",
    targets=[M("3.2万头", 3.2, "万头", "生猪出栏", bound="min"),
             M("45万只", 45, "万只", "家禽出栏"),
             M("3600吨", 3600, "吨", "肉类总产量")],
    actuals=[M("29860头", 29860, "头", "生猪出栏", period=P),
             M("4.3%", 4.3, "%", "生猪出栏同比增长", kind="growth", period=P),
             M("41.7万只", 41.7, "万只", "家禽出栏", period=P),
             M("3280吨", 3280, "吨", "肉类总产量", period=P),
             M("2450吨", 2450, "吨", "猪肉产量", period=P),
             M("3.3万头", 3.3, "万头", "预计全年生猪出栏", period="全年")],
    pairs=[("t1", ["a1"]), ("t2", ["a3"]), ("t3", ["a4"])],
    note="29860头 against 3.2万头: 0.9331; the 预计全年3.3万头 is a forecast (would-be 1.0313). 41.7/45 = 0.9267; 3280/3600 = 0.9111; the 其中 part 猪肉2450吨 is not the total.")

# 12 镇农业站: 万吨 target vs 万斤 actual, 分别 with the unit only on the second, 超额完成 in words
row("镇农业技术推广站",
    "粮食总产量稳定在4.5万吨以上,推广水稻机插秧面积1.8万亩。",
    "全年粮食总产量9120万斤,其中早稻、晚稻分别为2860万、3940万斤,超额完成年度任务;完成水稻机插秧16500亩,机插率达到78%。",
    targets=[M("4.5万吨", 4.5, "万吨", "粮食总产量", bound="min"),
             M("1.8万亩", 1.8, "万亩", "推广水稻机插秧面积")],
    actuals=[M("9120万斤", 9120, "万斤", "粮食总产量", period="全年"),
             M("2860万", 2860, "万斤", "早稻产量", period="全年", unit_inferred=True),
             M("3940万斤", 3940, "万斤", "晚稻产量", period="全年"),
             M("16500亩", 16500, "亩", "水稻机插秧面积"),
             M("78%", 78, "%", "水稻机插率")],
    pairs=[("t1", ["a1"]), ("t2", ["a4"])],
    note="9120万斤 = 4560万公斤 = 4.56万吨 against 4.5万吨: 1.0133. 分别为2860万、3940万斤 maps onto 早稻/晚稻, the first without its unit (万斤 inferred); they are parts, not added. 16500亩 against 1.8万亩: 0.9167; 机插率 is another measure.")

# 13 镇水利站 (河长制): 千米 actual vs 公里 target with a 其中 part, 口 for 塘 and 井, candidates awaiting land, 人次 patrols
row("镇水利站(河长办)",
    "落实河长制,全年清理河道沟渠25公里,整治农村坑塘20口,新打灌溉机井10口。",
    "各级河长累计巡河1860人次;全年清淤疏浚河道沟渠28.6千米,其中镇级河道9.4千米;整治坑塘17口,另有3口已完成设计、正在办理用地手续;新打机井10口,已全部通电配套。",
    targets=[M("25公里", 25, "公里", "清理河道沟渠"),
             M("20口", 20, "口", "整治农村坑塘"),
             M("10口", 10, "口", "新打灌溉机井")],
    actuals=[M("1860人次", 1860, "人次", "河长累计巡河"),
             M("28.6千米", 28.6, "千米", "清淤疏浚河道沟渠", period="全年"),
             M("9.4千米", 9.4, "千米", "清淤疏浚镇级河道", period="全年"),
             M("17口", 17, "口", "整治坑塘"),
             M("3口", 3, "口", "已设计待办用地手续的坑塘"),
             M("10口", 10, "口", "新打机井")],
    pairs=[("t1", ["a2"]), ("t2", ["a4"]), ("t3", ["a6"])],
    note="清淤疏浚28.6千米 answers 清理 25公里 (1.144); the 其中 part 9.4千米 is not added. 17口 answers (0.85); the 3口 only designed are not done (would-be sum 1.0). 新打机井10口 (1.0). 1860人次 patrols have no target.")

# 14 镇村镇建设办 (Chinese numerals): 开工 vs 竣工验收, a part only topped out, 处 and 平方米 written in numerals
row("镇村镇建设办公室",
    "完成农村危房改造四十五户,实施农房抗震改造三十户,拆除农村破旧闲置房屋一百二十处。",
    "全年农村危房改造开工四十五户,已竣工验收四十一户,其余四户主体已完工;农房抗震改造已完成三十二户;拆除破旧闲置房屋一百三十六处,腾退宅基地面积一万零八百平方米。",
    targets=[M("四十五户", 45, "户", "农村危房改造"),
             M("三十户", 30, "户", "农房抗震改造"),
             M("一百二十处", 120, "处", "拆除农村破旧闲置房屋")],
    actuals=[M("四十五户", 45, "户", "危房改造开工", period="全年"),
             M("四十一户", 41, "户", "危房改造已竣工验收", period="全年"),
             M("四户", 4, "户", "危房改造主体已完工未验收", period="全年"),
             M("三十二户", 32, "户", "农房抗震改造已完成"),
             M("一百三十六处", 136, "处", "拆除破旧闲置房屋"),
             M("一万零八百平方米", 10800, "平方米", "腾退宅基地面积")],
    pairs=[("t1", ["a2"]), ("t2", ["a4"]), ("t3", ["a5"])],
    note="Chinese numerals throughout. 完成危房改造 is answered by 竣工验收四十一户 (0.9111); 开工四十五户 is broader (would-be 1.0) and the 四户 with only the main works done are not finished. 三十二户 against 三十户: 1.0667. 一百三十六处 against 一百二十处: 1.1333. 一万零八百平方米: the 万 is inside the number (value 10800, unit 平方米).")

# 15 街道辦 (traditional): restated scope 8個, 已完工 vs 正在施工, 戶 benefitted, 其中 part, 處 count vs 平方米 area
P = "截至11月底"
row("街道城市建設管理辦公室",
    "完成老舊小區改造8個、惠及居民2100戶,新增停車泊位600個,拆除違法建設1.5萬平方米。",
    "截至11月底,列入計劃的8個老舊小區已完工6個、正在施工2個,累計惠及居民1684戶;通過挖潛改造新增停車泊位652個,其中新能源充電車位86個;全年拆除違法建設217處、面積1.62萬平方米。",
    targets=[M("8個", 8, "個", "老舊小區改造"),
             M("2100戶", 2100, "戶", "老舊小區改造惠及居民"),
             M("600個", 600, "個", "新增停車泊位"),
             M("1.5萬平方米", 1.5, "萬平方米", "拆除違法建設")],
    actuals=[M("8個", 8, "個", "列入計劃的老舊小區(scope)", period=P),
             M("6個", 6, "個", "已完工老舊小區", nth=0, period=P),
             M("2個", 2, "個", "正在施工老舊小區", nth=0, period=P),
             M("1684戶", 1684, "戶", "累計惠及居民", period=P),
             M("652個", 652, "個", "新增停車泊位"),
             M("86個", 86, "個", "新能源充電車位"),
             M("217處", 217, "處", "拆除違法建設(處數)", period="全年"),
             M("1.62萬平方米", 1.62, "萬平方米", "拆除違法建設面積", period="全年")],
    pairs=[("t1", ["a2"]), ("t2", ["a4"]), ("t3", ["a5"]), ("t4", ["a8"])],
    note="Traditional characters. The restated 8個 is the list; 已完工6個 answers (0.75), the 2 under construction do not (would-be sum 1.0). 1684/2100 = 0.8019. 652個 answers (1.0867); the 其中 part 86個 is not added. The area 1.62萬平方米 answers (1.08), not the count 217處. '6個' nth 1 lies inside '86個', '2個' nth 1 inside '652個'.")

# 16 镇劳动保障所: 转移就业 with a 其中 part, 期 and 人次 both short, a planned class as forecast, a capped rate
row("镇劳动就业和社会保障服务所",
    "新增农村劳动力转移就业600人,开展职业技能培训8期、培训400人次以上,城镇登记失业率控制在3.5%以内。",
    "全年新增转移农村劳动力就业642人,其中县外转移418人;联合县职教中心举办电工、育婴员、中式烹调等技能培训班7期,培训学员356人次,另有1期电商直播培训班计划12月中旬开班,预计培训50人次;全镇城镇登记失业人员47人,登记失业率2.8%。",
    targets=[M("600人", 600, "人", "新增农村劳动力转移就业"),
             M("8期", 8, "期", "开展职业技能培训"),
             M("400人次", 400, "人次", "职业技能培训人次", bound="min"),
             M("3.5%", 3.5, "%", "城镇登记失业率", bound="max")],
    actuals=[M("642人", 642, "人", "新增转移农村劳动力就业", period="全年"),
             M("418人", 418, "人", "县外转移就业", period="全年"),
             M("7期", 7, "期", "举办技能培训班"),
             M("356人次", 356, "人次", "培训学员"),
             M("1期", 1, "期", "计划12月中旬开班的培训班"),
             M("50人次", 50, "人次", "预计培训人次"),
             M("47人", 47, "人", "城镇登记失业人员"),
             M("2.8%", 2.8, "%", "城镇登记失业率")],
    pairs=[("t1", ["a1"]), ("t2", ["a3"]), ("t3", ["a4"]), ("t4", ["a8"])],
    note="642/600 = 1.07 (the 其中 part 418人 is not added). 7期 (0.875) and 356人次 (0.89) are held; the class planned for 12月中旬 (a date) and its 预计50人次 are forecasts (would-be 1.0 and 1.015). 以上 binds to 400人次 only. Cap: 2.8% against 3.5%以内 (0.8); 47人 is a count of another measure.")

# 17 镇文化站 (full-width digits): named villages with their count, area of the squares, 人次 audience, 册
row("镇综合文化站",
    "新建村级文化广场３处,开展“送戏下乡”文艺演出不少于２４场,农家书屋图书更新不少于３０００册。",
    "全年建成杨湾村、前进村、五里铺村３处文化广场,总面积４８６０平方米;组织“送戏下乡”等各类文艺演出３１场,观众约１．２万人次;为１４个村农家书屋更新图书２６５０册。",
    targets=[M("３处", 3, "处", "新建村级文化广场"),
             M("２４场", 24, "场", "“送戏下乡”文艺演出", bound="min"),
             M("３０００册", 3000, "册", "农家书屋图书更新", bound="min")],
    actuals=[M("３处", 3, "处", "建成文化广场", period="全年"),
             M("４８６０平方米", 4860, "平方米", "文化广场总面积", period="全年"),
             M("３１场", 31, "场", "各类文艺演出"),
             M("１．２万人次", 1.2, "万人次", "演出观众"),
             M("１４个", 14, "个", "更新图书的农家书屋所在村"),
             M("２６５０册", 2650, "册", "农家书屋更新图书")],
    pairs=[("t1", ["a1"]), ("t2", ["a3"]), ("t3", ["a6"])],
    note="Full-width digits. The three named villages come with their count ３处 (1.0). ３１场 of 各类文艺演出 (“送戏下乡”等) answers the performances (1.2917). ２６５０/３０００ = 0.8833. The area and the audience are other measures.")

# 18 镇农经站: 各10家以上 over two kinds, 其中 part in brackets, 新增 流转 vs the cumulative stock
row("镇农业经营管理站",
    "培育家庭农场、农民专业合作社各10家以上,新增土地流转面积3000亩。",
    "全年新培育家庭农场14家(其中省级示范家庭农场2家)、农民专业合作社8家;新增土地流转面积2760亩,全镇累计流转土地面积达到2.16万亩,占耕地面积的43%。",
    targets=[M("各10家", 10, "家", "培育家庭农场", bound="min"),
             M("各10家", 10, "家", "培育农民专业合作社", bound="min"),
             M("3000亩", 3000, "亩", "新增土地流转面积")],
    actuals=[M("14家", 14, "家", "新培育家庭农场", period="全年"),
             M("2家", 2, "家", "省级示范家庭农场", period="全年"),
             M("8家", 8, "家", "新培育农民专业合作社", period="全年"),
             M("2760亩", 2760, "亩", "新增土地流转面积"),
             M("2.16万亩", 2.16, "万亩", "累计流转土地面积"),
             M("43%", 43, "%", "流转面积占耕地面积的(比例)")],
    pairs=[("t1", ["a1"]), ("t2", ["a3"]), ("t3", ["a4"])],
    note="各10家以上 is two targets, each 10, bound min: 1.4 and 0.8. 新增2760亩 answers (0.92); the cumulative 2.16万亩 is the stock (would-be 7.2).")

# 19 镇自然资源所: nothing answers with a number
row("镇自然资源所",
    "完成全域土地综合整治试点项目立项,新增耕地面积不少于300亩,实施增减挂钩项目拆旧复垦150亩。",
    "全域土地综合整治试点实施方案已编制完成并通过县级专家评审,待省自然资源厅批复立项;增减挂钩拆旧复垦项目已完成摸底调查和群众意愿征询,正在开展勘测定界。",
    targets=[M("300亩", 300, "亩", "新增耕地面积", bound="min"),
             M("150亩", 150, "亩", "增减挂钩拆旧复垦")],
    note="Progress states no quantity: the plan awaits approval and the reclamation is at survey stage. Both targets unpaired.")

# 20 街道经发办: 亿元 with growth, last year's figure (去年同期), “四上” total with parts, firms only applied
P = "1-11月"
row("街道经济发展办公室",
    "全年实现一般公共预算收入1.2亿元,增长6%;新增“四上”企业8家,其中规上工业企业3家。",
    "1-11月,街道完成一般公共预算收入1.13亿元,同比增长7.4%,去年同期为1.05亿元;新增入库“四上”企业6家,其中规上工业企业2家、限上商贸企业3家、规上服务业企业1家,另有2家企业已提交入库申请。",
    targets=[M("1.2亿元", 1.2, "亿元", "一般公共预算收入"),
             M("6%", 6, "%", "一般公共预算收入", kind="growth"),
             M("8家", 8, "家", "新增“四上”企业"),
             M("3家", 3, "家", "新增规上工业企业")],
    actuals=[M("1.13亿元", 1.13, "亿元", "一般公共预算收入", period=P),
             M("7.4%", 7.4, "%", "一般公共预算收入同比增长", kind="growth", period=P),
             M("1.05亿元", 1.05, "亿元", "去年同期一般公共预算收入", period="去年同期"),
             M("6家", 6, "家", "新增入库“四上”企业"),
             M("2家", 2, "家", "新增入库规上工业企业", nth=0),
             M("3家", 3, "家", "新增入库限上商贸企业"),
             M("1家", 1, "家", "新增入库规上服务业企业"),
             M("2家", 2, "家", "已提交入库申请的企业", nth=1)],
    pairs=[("t1", ["a1"]), ("t2", ["a2"]), ("t3", ["a4"]), ("t4", ["a5"])],
    note="1.13/1.2 = 0.9417; 去年同期1.05亿元 is last year's figure and does not answer (would-be 0.875). “四上” is a label. 6家 answers the total (0.75), its part 规上工业2家 the sub-target (0.6667); 限上商贸 and 规上服务业 are other parts. The 2家 only applied do not answer (would-be 1.0 for 四上).")

# 21 鎮生態環境 (traditional): two rates answered, villages named and counted, one village only in commissioning
row("鎮生態環境保護辦公室",
    "秸稈綜合利用率達到95%以上,畜禽糞污資源化利用率達到90%,完成農村生活污水治理村3個。",
    "全鎮秸稈綜合利用率96.2%,畜禽糞污資源化利用率91.5%,均超額完成年度目標;農村生活污水治理已完成黃泥村、大壩村2個村,鐵爐村項目管網已鋪設完成、終端設施正在調試,預計明年1月投入運行。",
    targets=[M("95%", 95, "%", "秸稈綜合利用率", bound="min"),
             M("90%", 90, "%", "畜禽糞污資源化利用率"),
             M("3個", 3, "個", "完成農村生活污水治理村")],
    actuals=[M("96.2%", 96.2, "%", "秸稈綜合利用率"),
             M("91.5%", 91.5, "%", "畜禽糞污資源化利用率"),
             M("2個", 2, "個", "已完成生活污水治理的村")],
    pairs=[("t1", ["a1"]), ("t2", ["a2"]), ("t3", ["a3"])],
    note="Traditional characters. 96.2/95 = 1.0126; 91.5/90 = 1.0167. Two named villages with their count 2個 answer (0.6667); 鐵爐村 is only in commissioning, due 明年1月 (a date), and is not counted (would-be 1.0).")

# 22 镇农业农村办: 各15万元以上 over two named villages, 两个 scope, 10万元 class, a share of villages
row("镇农业农村办(村集体经济)",
    "发展壮大村集体经济,确保东风村、红旗村两个省定薄弱村集体经营性收入各15万元以上,全镇村集体经营性收入10万元以上的村占比达到80%。",
    "全年东风村实现集体经营性收入18.6万元,主要来源于光伏电站收益和厂房租赁;红旗村实现集体经营性收入13.2万元,较上年增长4.1万元;全镇16个村中集体经营性收入10万元以上的村达到14个,占比87.5%。",
    targets=[M("各15万元", 15, "万元", "东风村集体经营性收入", bound="min"),
             M("各15万元", 15, "万元", "红旗村集体经营性收入", bound="min"),
             M("80%", 80, "%", "集体经营性收入10万元以上的村占比")],
    other=[O("两个", 2, "个", "scope (the two named villages)"),
           O("10万元", 10, "万元", "class threshold (10万元以上的村)")],
    actuals=[M("18.6万元", 18.6, "万元", "东风村集体经营性收入", period="全年"),
             M("13.2万元", 13.2, "万元", "红旗村集体经营性收入"),
             M("4.1万元", 4.1, "万元", "红旗村集体经营性收入较上年增长"),
             M("16个", 16, "个", "全镇村(scope)"),
             M("10万元", 10, "万元", "10万元以上的村(class)"),
             M("14个", 14, "个", "集体经营性收入10万元以上的村"),
             M("87.5%", 87.5, "%", "10万元以上的村占比")],
    pairs=[("t1", ["a1"]), ("t2", ["a2"]), ("t3", ["a7"])],
    note="各15万元以上 over two named villages is two targets, each 15万元: 东风村 18.6 (1.24), 红旗村 13.2 (0.88). 4.1万元 is a change on last year. 占比87.5% answers the share (1.0938); 14个 of 16个 is its basis.")

# 23 镇交通办: 公里 target vs 千米 actual with parts, roadbed only, 路灯 左右, villages scope
row("镇交通运输管理站",
    "新建、改建农村公路18公里,实施村道安全生命防护工程6.5公里,安装太阳能路灯500盏左右。",
    "全年完成农村公路新改建15.8千米,其中新建4.3千米、改建11.5千米,另有2.6千米已完成路基、待明年春季铺设路面;完成村道安全生命防护工程7.2千米;在13个村安装太阳能路灯486盏。",
    targets=[M("18公里", 18, "公里", "新建、改建农村公路"),
             M("6.5公里", 6.5, "公里", "村道安全生命防护工程"),
             M("500盏", 500, "盏", "安装太阳能路灯", bound="approx")],
    actuals=[M("15.8千米", 15.8, "千米", "农村公路新改建", period="全年"),
             M("4.3千米", 4.3, "千米", "新建农村公路", period="全年"),
             M("11.5千米", 11.5, "千米", "改建农村公路", period="全年"),
             M("2.6千米", 2.6, "千米", "已完成路基待铺路面的农村公路", period="全年"),
             M("7.2千米", 7.2, "千米", "村道安全生命防护工程"),
             M("13个", 13, "个", "安装路灯的村"),
             M("486盏", 486, "盏", "安装太阳能路灯")],
    pairs=[("t1", ["a1"]), ("t2", ["a5"]), ("t3", ["a7"])],
    note="15.8千米 against 18公里: 0.8778; 新建 + 改建 = 15.8 are its parts; the 2.6千米 with only the roadbed is not finished (would-be sum 1.0222). 7.2/6.5 = 1.1077. 486/500 = 0.972 (左右 = approx). 明年春季 is a period.")

# 24 街道社区服务 (full-width digits): 助餐点 built vs the 第４个 (ordinal) only fitted out, 万元 of another measure, 体检率
P = "截至１１月底"
row("街道社区服务中心",
    "新建社区老年助餐点４个,辖区８０周岁以上老年人高龄津贴发放率达到１００%,开展老年人健康体检不少于３５００人。",
    "截至１１月底,新建成老年助餐点３个,累计服务老年人就餐２．６万人次,第４个助餐点(幸福里社区)已完成装修,预计１２月开放;为１２６８名８０周岁以上老人发放高龄津贴７６．１万元,发放率１００%;完成老年人健康体检３２１７人,体检率８６．５%。",
    targets=[M("４个", 4, "个", "新建社区老年助餐点"),
             M("１００%", 100, "%", "高龄津贴发放率"),
             M("３５００人", 3500, "人", "老年人健康体检", bound="min")],
    other=[O("８０周岁", 80, "周岁", "class threshold (８０周岁以上老年人)")],
    actuals=[M("３个", 3, "个", "新建成老年助餐点", period=P),
             M("２．６万人次", 2.6, "万人次", "累计服务老年人就餐", period=P),
             M("１２６８名", 1268, "名", "领取高龄津贴的老人"),
             M("８０周岁", 80, "周岁", "８０周岁以上老人(class)"),
             M("７６．１万元", 76.1, "万元", "发放高龄津贴金额"),
             M("１００%", 100, "%", "高龄津贴发放率"),
             M("３２１７人", 3217, "人", "完成老年人健康体检"),
             M("８６．５%", 86.5, "%", "老年人健康体检率")],
    pairs=[("t1", ["a1"]), ("t2", ["a6"]), ("t3", ["a7"])],
    note="Full-width digits. ３个 built answer (0.75); 第４个 is an ordinal and that point is only fitted out, opening in １２月 (a date). 发放率１００% answers (1.0); the amount ７６．１万元 is another measure. ３２１７/３５００ = 0.9191; 体检率 is another measure.")

# 25 镇农业站 (特色产业): 其中 parts add up to the written total, named villages with their count, 电商 for 网络, change on last year
row("镇特色产业发展办公室",
    "新发展特色水果种植1500亩,建成高效茶园示范基地2个,农产品网络销售额突破800万元。",
    "全年新发展特色水果种植1620亩,其中柑橘920亩、猕猴桃480亩、蓝莓220亩;在云峰村、茶岭村建成高效茶园示范基地2个,面积共计650亩;全镇农产品电商销售额760万元,比去年增加210万元。",
    targets=[M("1500亩", 1500, "亩", "新发展特色水果种植"),
             M("2个", 2, "个", "建成高效茶园示范基地"),
             M("800万元", 800, "万元", "农产品网络销售额", bound="min")],
    actuals=[M("1620亩", 1620, "亩", "新发展特色水果种植", period="全年"),
             M("920亩", 920, "亩", "新发展柑橘", period="全年"),
             M("480亩", 480, "亩", "新发展猕猴桃", period="全年"),
             M("220亩", 220, "亩", "新发展蓝莓", period="全年"),
             M("2个", 2, "个", "建成高效茶园示范基地"),
             M("650亩", 650, "亩", "茶园示范基地面积"),
             M("760万元", 760, "万元", "农产品电商销售额"),
             M("210万元", 210, "万元", "电商销售额比去年增加")],
    pairs=[("t1", ["a1"]), ("t2", ["a5"]), ("t3", ["a7"])],
    note="The total 1620亩 is written (1.08); its parts (920 + 480 + 220) are not added again. 2个 (1.0); the base area 650亩 is another measure. 电商销售额760万元 answers 网络销售额 (0.95); 210万元 is a change on last year.")

# 26 镇人居环境办: named villages with a count, 5 villages only submitted, saplings by village with no total written
row("镇人居环境整治办公室",
    "创建省级美丽乡村示范村2个、市级美丽宜居村5个,完成村庄绿化美化种植苗木3万株。",
    "张家村、李家村2个村已通过省级美丽乡村示范村验收;王庄村、刘湾村、陈楼村等5个村已上报市级美丽宜居村创建申请,正在等待市级验收;全年在12个村种植各类苗木,其中张家村8600株、李家村7400株、王庄村5200株,其余9个村共计9300株。",
    targets=[M("2个", 2, "个", "创建省级美丽乡村示范村"),
             M("5个", 5, "个", "创建市级美丽宜居村"),
             M("3万株", 3, "万株", "村庄绿化美化种植苗木")],
    actuals=[M("2个", 2, "个", "通过省级美丽乡村示范村验收的村", nth=0),
             M("5个", 5, "个", "已上报市级美丽宜居村创建申请的村"),
             M("12个", 12, "个", "种植苗木的村", period="全年"),
             M("8600株", 8600, "株", "张家村种植苗木", period="全年"),
             M("7400株", 7400, "株", "李家村种植苗木", period="全年"),
             M("5200株", 5200, "株", "王庄村种植苗木", period="全年"),
             M("9个", 9, "个", "其余村", period="全年"),
             M("9300株", 9300, "株", "其余9个村种植苗木", period="全年")],
    pairs=[("t1", ["a1"]), ("t3", ["a4", "a5", "a6", "a8"])],
    note="Two named villages with their count 2个 passed acceptance (1.0). The 5 villages are only submitted and awaiting acceptance: t2 unpaired (would-be 1.0). No sapling total is written: 8600 + 7400 + 5200 + 9300 = 30500株 against 3万株 (combine sum, 1.0167). '2个' nth 1 lies inside '12个'.")

# 27 鎮社會事務辦 (traditional): three kinds of relief funds add up to 各類救助資金, 人次 with a 其中 part
row("鎮社會事務辦公室",
    "落實城鄉低保、特困供養等兜底保障政策,全年發放各類救助資金不少於680萬元,實施臨時救助150人次以上。",
    "全年累計發放城鄉低保金512.6萬元、特困供養金138.4萬元、臨時救助金24.3萬元;實施臨時救助163人次,其中急難型臨時救助41人次。",
    targets=[M("680萬元", 680, "萬元", "發放各類救助資金", bound="min"),
             M("150人次", 150, "人次", "實施臨時救助", bound="min")],
    actuals=[M("512.6萬元", 512.6, "萬元", "發放城鄉低保金", period="全年"),
             M("138.4萬元", 138.4, "萬元", "發放特困供養金", period="全年"),
             M("24.3萬元", 24.3, "萬元", "發放臨時救助金", period="全年"),
             M("163人次", 163, "人次", "實施臨時救助"),
             M("41人次", 41, "人次", "急難型臨時救助")],
    pairs=[("t1", ["a1", "a2", "a3"]), ("t2", ["a4"])],
    note="Traditional characters. 各類救助資金 = 低保金 + 特困供養金 + 臨時救助金: 512.6 + 138.4 + 24.3 = 675.3萬元 (combine sum, 0.9931). 163人次 answers (1.0867); the 其中 part 41人次 is not added.")

# 28 镇党政办: nothing answers: a building only topped out, items only sorted out; floor area is a specification
row("镇党政综合办公室",
    "建成镇便民服务中心新大楼,建筑面积3200平方米,年内投入使用;实现30项高频政务服务事项“一窗通办”。",
    "镇便民服务中心新大楼主体结构已于8月封顶,目前正在进行内外装修和水电安装,预计明年3月底前投入使用;已梳理高频政务服务事项42项,计划于新大楼启用后同步实行“一窗通办”。",
    targets=[M("30项", 30, "项", "高频政务服务事项“一窗通办”")],
    other=[O("3200平方米", 3200, "平方米", "specification (floor area of the building to be completed)")],
    actuals=[M("42项", 42, "项", "已梳理高频政务服务事项")],
    note="The building is only topped out (8月, 明年3月底 are dates; 预计…投入使用 a forecast). The 42 items are only sorted out; 一窗通办 is planned after the building opens, so t1 is unpaired (would-be 1.4). 建成…大楼 has no count to target; its floor area is a specification.")

# 29 镇统计站: 左右 growth, a range growth (lower end), 1-11月 realised vs 预计全年 forecast
P = "前三季度"
row("镇统计站",
    "农村居民人均可支配收入增长7%左右,社会消费品零售总额增长6%-8%,固定资产投资完成5.6亿元。",
    "前三季度,全镇农村居民人均可支配收入16420元,同比增长7.3%,社会消费品零售总额3.82亿元,同比增长5.6%;1-11月完成固定资产投资5.12亿元,预计全年可完成5.8亿元。",
    targets=[M("7%", 7, "%", "农村居民人均可支配收入", kind="growth", bound="approx"),
             M("6%-8%", 6, "%", "社会消费品零售总额", kind="growth", bound="range", value_max=8),
             M("5.6亿元", 5.6, "亿元", "固定资产投资")],
    actuals=[M("16420元", 16420, "元", "农村居民人均可支配收入", period=P),
             M("7.3%", 7.3, "%", "农村居民人均可支配收入同比增长", kind="growth", period=P),
             M("3.82亿元", 3.82, "亿元", "社会消费品零售总额", period=P),
             M("5.6%", 5.6, "%", "社会消费品零售总额同比增长", kind="growth", period=P),
             M("5.12亿元", 5.12, "亿元", "完成固定资产投资", period="1-11月"),
             M("5.8亿元", 5.8, "亿元", "预计全年完成固定资产投资", period="全年")],
    pairs=[("t1", ["a2"]), ("t2", ["a4"]), ("t3", ["a5"])],
    note="7.3/7 = 1.0429 (左右 = approx). Range target: against the lower end 6 (5.6/6 = 0.9333). The realised 1-11月 5.12亿元 answers (0.9143); 预计全年5.8亿元 is a forecast (would-be 1.0357). The levels 16420元 and 3.82亿元 have no level target.")

# 30 街道党工委: 名 of party members vs 人次 of service, 新培育 vs the 累计 stock, 第三个 (ordinal) being created
row("街道党建工作办公室",
    "组织辖区党员到社区报到参与志愿服务不少于2000人次,培育社区社会组织15个,新建“红色物业”示范小区3个。",
    "全年共有1426名在职党员到社区报到,参与志愿服务2380人次;新培育社区社会组织12个,备案社区社会组织累计达68个;“红色物业”示范小区已建成2个,第三个正在创建中。",
    targets=[M("2000人次", 2000, "人次", "党员到社区报到参与志愿服务", bound="min"),
             M("15个", 15, "个", "培育社区社会组织"),
             M("3个", 3, "个", "新建“红色物业”示范小区")],
    actuals=[M("1426名", 1426, "名", "到社区报到的在职党员", period="全年"),
             M("2380人次", 2380, "人次", "参与志愿服务", period="全年"),
             M("12个", 12, "个", "新培育社区社会组织"),
             M("68个", 68, "个", "累计备案社区社会组织"),
             M("2个", 2, "个", "已建成“红色物业”示范小区", nth=1)],
    pairs=[("t1", ["a2"]), ("t2", ["a3"]), ("t3", ["a5"])],
    note="2380人次 answers the 人次 target (1.19), not the 1426名 members. 新培育12个 answers (0.8); the 累计68个 is the stock (would-be 4.5333). 已建成2个 (0.6667); 第三个 is an ordinal and only being created. '2个' nth 0 lies inside '12个'.")

# 31 镇国土所: reduction answered by a fall computed on 去年同期, 整改率 vs counts, 亩 of 图斑 (another measure)
row("镇国土资源管理所",
    "全年违法占用耕地面积同比下降20%以上,卫片执法图斑整改到位率100%,通过“进出平衡”补充耕地200亩。",
    "全年共下发卫片执法图斑47个,涉及面积186.4亩,已整改到位45个,整改率95.7%,剩余2个正在补办手续;全年新发现违法占用耕地32.6亩,较去年同期的48.5亩下降32.8%;通过“进出平衡”补充耕地216亩。",
    targets=[M("20%", 20, "%", "违法占用耕地面积", kind="reduction", bound="min"),
             M("100%", 100, "%", "卫片执法图斑整改到位率"),
             M("200亩", 200, "亩", "“进出平衡”补充耕地")],
    actuals=[M("47个", 47, "个", "下发卫片执法图斑", period="全年"),
             M("186.4亩", 186.4, "亩", "卫片执法图斑涉及面积", period="全年"),
             M("45个", 45, "个", "已整改到位图斑", period="全年"),
             M("95.7%", 95.7, "%", "图斑整改率", period="全年"),
             M("2个", 2, "个", "正在补办手续的图斑", period="全年"),
             M("32.6亩", 32.6, "亩", "新发现违法占用耕地", period="全年"),
             M("48.5亩", 48.5, "亩", "去年同期违法占用耕地", period="去年同期"),
             M("32.8%", 32.8, "%", "违法占用耕地面积下降", kind="reduction", period="全年"),
             M("216亩", 216, "亩", "“进出平衡”补充耕地")],
    pairs=[("t1", ["a8"]), ("t2", ["a4"]), ("t3", ["a9"])],
    note="The fall 32.8% answers the reduction target (1.64); 48.5亩 is last year's figure. 整改率95.7% answers (0.957). 216亩 answers (1.08); the 图斑 area 186.4亩 and the 32.6亩 occupied are other measures in the same unit. “进出平衡” is a slogan.")

# 32 镇应急/消防: 全覆盖 clause without number, installed vs delivered remainder, stations with their villages
P = "截至11月底"
row("镇应急管理办公室(消防)",
    "完成农村居民燃气安全入户检查全覆盖,为独居老人、低保户等重点群体免费安装独立式烟感报警器1200个,建成微型消防站6座。",
    "截至11月底,全镇共入户检查燃气用户8436户,发现并整改隐患217处;已为重点群体安装独立式烟感报警器1080个,剩余120个已到货、预计年底前安装完毕;已在6个村建成微型消防站6座,配备消防器材286件(套)。",
    targets=[M("1200个", 1200, "个", "免费安装独立式烟感报警器"),
             M("6座", 6, "座", "建成微型消防站")],
    actuals=[M("8436户", 8436, "户", "入户检查燃气用户", period=P),
             M("217处", 217, "处", "发现并整改燃气隐患", period=P),
             M("1080个", 1080, "个", "已安装独立式烟感报警器"),
             M("120个", 120, "个", "已到货待安装的烟感报警器"),
             M("6个", 6, "个", "建有微型消防站的村"),
             M("6座", 6, "座", "建成微型消防站"),
             M("286件", 286, "件", "配备消防器材")],
    pairs=[("t1", ["a3"]), ("t2", ["a6"])],
    note="全覆盖 is no number, so the inspection clause gives no target (8436户 has nothing to pair with). 1080/1200 = 0.9; the 120 delivered and due 年底前 are a forecast (would-be sum 1.0). 6座 answers (1.0); 6个 村 is where they are.")

# 33 鎮環衛所 (traditional): 噸 realised to 11月底 vs 預計全年, 處 counts, 萬立方米 of another measure
P = "截至11月底"
row("鎮環境衛生管理所",
    "全年清運農村生活垃圾3000噸,清理溝渠塘堰120處,拆除殘垣斷壁及亂搭亂建300處。",
    "截至11月底,全鎮累計清運農村生活垃圾2870噸,清理溝渠塘堰136處、清淤2.3萬立方米,拆除殘垣斷壁及亂搭亂建278處;預計全年清運生活垃圾可達3150噸。",
    targets=[M("3000噸", 3000, "噸", "清運農村生活垃圾"),
             M("120處", 120, "處", "清理溝渠塘堰"),
             M("300處", 300, "處", "拆除殘垣斷壁及亂搭亂建")],
    actuals=[M("2870噸", 2870, "噸", "累計清運農村生活垃圾", period=P),
             M("136處", 136, "處", "清理溝渠塘堰", period=P),
             M("2.3萬立方米", 2.3, "萬立方米", "溝渠塘堰清淤量", period=P),
             M("278處", 278, "處", "拆除殘垣斷壁及亂搭亂建", period=P),
             M("3150噸", 3150, "噸", "預計全年清運生活垃圾", period="全年")],
    pairs=[("t1", ["a1"]), ("t2", ["a2"]), ("t3", ["a4"])],
    note="Traditional characters. 2870/3000 = 0.9567; 預計全年3150噸 is a forecast (would-be 1.05). 136/120 = 1.1333; 清淤2.3萬立方米 is another measure. 278/300 = 0.9267.")

# 34 镇卫生院: nothing answers: only last year's rate, this year's data pending; team count
row("镇卫生院",
    "家庭医生签约服务覆盖率达到70%以上,重点人群签约率达到85%。",
    "镇卫生院组建家庭医生团队9个,对全镇常住人口开展签约服务,目前签约工作正在推进中;去年全镇家庭医生签约服务覆盖率为62.4%,今年签约数据待县卫健局年底统一核定后公布。",
    targets=[M("70%", 70, "%", "家庭医生签约服务覆盖率", bound="min"),
             M("85%", 85, "%", "重点人群签约率")],
    actuals=[M("9个", 9, "个", "家庭医生团队"),
             M("62.4%", 62.4, "%", "去年家庭医生签约服务覆盖率", period="去年")],
    note="The only rate is last year's (去年…62.4%) and does not answer (would-be 0.8914); this year's figure is pending. Both targets unpaired. 9个 teams have no target.")

# 35 镇城建办: 对照年初目标 restated, the realised length answers, 立面 partly tendered, 条 count vs 平方米 area
row("镇集镇建设管理办公室",
    "实施集镇提质改造,铺设污水管网3.5公里,改造沿街立面1.2万平方米,硬化背街小巷8000平方米。",
    "对照年初目标任务,集镇污水管网3.5公里已全部铺设完成并通水试运行,实际铺设3.62公里;沿街立面改造完成9800平方米,其余部分已招标、计划明年一季度施工;完成背街小巷硬化10条、面积8650平方米。",
    targets=[M("3.5公里", 3.5, "公里", "铺设污水管网"),
             M("1.2万平方米", 1.2, "万平方米", "改造沿街立面"),
             M("8000平方米", 8000, "平方米", "硬化背街小巷")],
    actuals=[M("3.5公里", 3.5, "公里", "年初目标任务污水管网(restated)"),
             M("3.62公里", 3.62, "公里", "实际铺设污水管网"),
             M("9800平方米", 9800, "平方米", "沿街立面改造完成"),
             M("10条", 10, "条", "硬化背街小巷"),
             M("8650平方米", 8650, "平方米", "背街小巷硬化面积")],
    pairs=[("t1", ["a2"]), ("t2", ["a3"]), ("t3", ["a5"])],
    note="对照年初目标任务 restates 3.5公里, which does not answer; the realised 3.62公里 does (1.0343). 9800平方米 against 1.2万平方米: 0.8167; the rest is only tendered for 明年一季度 (a period). The area 8650平方米 answers (1.0813), not the count 10条.")

# 36 鎮招商辦 (traditional): 億元以上 class, two named projects counted, a framework agreement, 就業 of another measure
row("鎮招商服務中心",
    "全年引進億元以上項目3個,招商引資實際到位資金2.5億元,返鄉創業人員新辦實體不少於20個。",
    "全年新引進億元以上項目2個,分別為年產3萬噸有機肥項目和鄉村文旅綜合體項目,另有1個投資超億元的項目已簽訂框架協議;招商引資實際到位資金2.18億元;新增返鄉創業實體26個,帶動就業430人。",
    targets=[M("3個", 3, "個", "引進億元以上項目"),
             M("2.5億元", 2.5, "億元", "招商引資實際到位資金"),
             M("20個", 20, "個", "返鄉創業人員新辦實體", bound="min")],
    other=[O("億元以上", 1, "億元", "class threshold (億元以上項目, number implicit)")],
    actuals=[M("億元以上", 1, "億元", "億元以上項目(class)"),
             M("2個", 2, "個", "新引進億元以上項目", period="全年"),
             M("3萬噸", 3, "萬噸", "有機肥項目年產能(specification)"),
             M("1個", 1, "個", "已簽訂框架協議的超億元項目"),
             M("超億元", 1, "億元", "超億元項目(class)"),
             M("2.18億元", 2.18, "億元", "招商引資實際到位資金"),
             M("26個", 26, "個", "新增返鄉創業實體"),
             M("430人", 430, "人", "返鄉創業帶動就業")],
    pairs=[("t1", ["a2"]), ("t2", ["a6"]), ("t3", ["a7"])],
    note="Traditional characters. 2個 brought in answer (0.6667); the project with only a framework agreement does not (would-be sum 1.0). 年產3萬噸 is a specification. 2.18/2.5 = 0.872. 26/20 = 1.3; 帶動就業430人 is another measure.")

# 37 镇财政所 (农业保险): 万亩 target answered, 户 and 万元 of other measures, 对照年初 restated 头 target and the gap
row("镇财政所(农业保险)",
    "水稻政策性保险承保面积达到2.4万亩,能繁母猪保险投保5000头以上。",
    "全年水稻政策性保险承保面积2.52万亩,参保农户3186户,保费财政补贴资金112.4万元;能繁母猪投保4620头,对照年初下达的5000头目标尚差380头,主要原因是部分养殖场存栏量下降。",
    targets=[M("2.4万亩", 2.4, "万亩", "水稻政策性保险承保面积"),
             M("5000头", 5000, "头", "能繁母猪保险投保", bound="min")],
    actuals=[M("2.52万亩", 2.52, "万亩", "水稻政策性保险承保面积", period="全年"),
             M("3186户", 3186, "户", "参保农户", period="全年"),
             M("112.4万元", 112.4, "万元", "保费财政补贴资金", period="全年"),
             M("4620头", 4620, "头", "能繁母猪投保"),
             M("5000头", 5000, "头", "年初下达的能繁母猪投保目标(restated)"),
             M("380头", 380, "头", "能繁母猪投保尚差")],
    pairs=[("t1", ["a1"]), ("t2", ["a4"])],
    note="2.52/2.4 = 1.05. 4620/5000 = 0.924; the 5000头 restates the target and 380头 is the gap to it, neither answers.")

# 38 街道城管办 (绿化/两违): 新建 vs 改造提升 游园, 万平方米 target vs 万平方米 actual, 处 count vs area, 万平方米 of another measure
row("街道城市管理办公室(园林绿化)",
    "新增城市绿地面积2万平方米,改造提升街头游园4处,拆除违法建设不少于5000平方米。",
    "全年新建街头游园3处、改造提升2处,新增绿化面积1.46万平方米;开展“两违”整治专项行动,拆除违法建设86处,面积4320平方米,另清理占道经营和乱堆乱放1.1万平方米。",
    targets=[M("2万平方米", 2, "万平方米", "新增城市绿地面积"),
             M("4处", 4, "处", "改造提升街头游园"),
             M("5000平方米", 5000, "平方米", "拆除违法建设", bound="min")],
    actuals=[M("3处", 3, "处", "新建街头游园", period="全年"),
             M("2处", 2, "处", "改造提升街头游园", period="全年"),
             M("1.46万平方米", 1.46, "万平方米", "新增绿化面积", period="全年"),
             M("86处", 86, "处", "拆除违法建设(处数)"),
             M("4320平方米", 4320, "平方米", "拆除违法建设面积"),
             M("1.1万平方米", 1.1, "万平方米", "清理占道经营和乱堆乱放面积")],
    pairs=[("t1", ["a3"]), ("t2", ["a2"]), ("t3", ["a5"])],
    note="1.46/2 = 0.73. 改造提升 is answered by 改造提升2处 (0.5); 新建3处 is another action (would-be sum 1.25). The area 4320平方米 answers (0.864); 1.1万平方米 of 占道经营 cleared is another measure in the same unit (would-be sum 3.064). “两违” is a label.")

# 39 镇水利站 (full-width digits): village parts of a written total, a part under construction, last year's rate
row("镇水利站(农村供水)",
    "实施农村饮水安全巩固提升工程,新增自来水入户１２００户,改造老旧供水管网１５公里,农村自来水普及率达到９８%以上。",
    "全年新增自来水入户１２３６户,其中红星村３１２户、青山村２８４户、白马村２０９户;改造老旧供水管网１３．８公里,另有１．７公里正在施工;全镇农村自来水普及率９８．３%,去年同期为９６．１%。",
    targets=[M("１２００户", 1200, "户", "新增自来水入户"),
             M("１５公里", 15, "公里", "改造老旧供水管网"),
             M("９８%", 98, "%", "农村自来水普及率", bound="min")],
    actuals=[M("１２３６户", 1236, "户", "新增自来水入户", period="全年"),
             M("３１２户", 312, "户", "红星村新增自来水入户", period="全年"),
             M("２８４户", 284, "户", "青山村新增自来水入户", period="全年"),
             M("２０９户", 209, "户", "白马村新增自来水入户", period="全年"),
             M("１３．８公里", 13.8, "公里", "改造老旧供水管网"),
             M("１．７公里", 1.7, "公里", "正在施工的供水管网"),
             M("９８．３%", 98.3, "%", "农村自来水普及率"),
             M("９６．１%", 96.1, "%", "去年同期农村自来水普及率", period="去年同期")],
    pairs=[("t1", ["a1"]), ("t2", ["a5"]), ("t3", ["a7"])],
    note="Full-width digits. The township total １２３６户 is written (1.03); the three village parts are a 其中 and are not added. １３．８/１５ = 0.92; the １．７公里 under construction are not done (would-be sum 1.0333). ９８．３/９８ = 1.0031; 去年同期９６．１% does not answer.")

# 40 镇垃圾分类试点: five named villages with their count, 户 basis vs rate, 座 built vs one under construction
row("镇农村生活垃圾分类工作专班",
    "在5个村开展农村生活垃圾分类试点,试点村垃圾分类户覆盖率达到90%以上,建成垃圾分类阳光堆肥房5座。",
    "在东湖村、西湖村、南岭村、北岭村、中心村等5个村开展垃圾分类试点,试点村参与分类农户2140户,户覆盖率92.6%;已建成阳光堆肥房4座,中心村堆肥房因选址调整正在施工。",
    targets=[M("5个", 5, "个", "开展垃圾分类试点的村"),
             M("90%", 90, "%", "试点村垃圾分类户覆盖率", bound="min"),
             M("5座", 5, "座", "建成垃圾分类阳光堆肥房")],
    actuals=[M("5个", 5, "个", "开展垃圾分类试点的村"),
             M("2140户", 2140, "户", "参与分类农户"),
             M("92.6%", 92.6, "%", "试点村户覆盖率"),
             M("4座", 4, "座", "已建成阳光堆肥房")],
    pairs=[("t1", ["a1"]), ("t2", ["a3"]), ("t3", ["a4"])],
    note="Five named villages with their count (1.0). The rate 92.6% answers (1.0289), not the 2140户 it is computed from. 4座 built (0.8); the 中心村 one is under construction and has no count.")


probe.write(Path(__file__).with_name("probe-township.gold.jsonl"))
