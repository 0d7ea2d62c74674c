"""Writes probe-ecology.gold.jsonl: 40 rows written for this probe (not taken from any report) and
hand-annotated in the gold schema (corpus/SCHEMA.md). Each row is one line of the key-task
progress table (重点工作推进情况表) of a county or city bureau for ecology, agriculture, water and
energy (生态环境局/分局, 农业农村局, 林业局, 水利局, 河长制办公室, 发展和改革局/能源局, 机关事务服务中心):
the task is the bureau's annual target (PM2.5平均浓度, 优良天数比例, 断面水质, 减排量, 粮食播种面积和
总产量, 高标准农田, 畜禽粪污和秸秆利用, 农村人居环境, 造林和森林覆盖率, 湿地, 水库除险加固, 河道治理,
农村饮水, 用水总量和强度, 单位GDP能耗, 能耗和煤炭总量, 光伏装机, 充电桩, 节能改造, 清洁取暖), the
progress is what the bureau reported (截至X月底, 1-9月, 累计 vs 今年新增, 同比下降/同比改善X个百分点,
较上年, 其中, 分别, 预计全年, 完成年度任务的X%, 超额完成, 在建/正在招标/等待验收, 兆瓦 vs 万千瓦,
公顷 vs 亩, 亿斤 vs 万吨, a target restated, parts that add up to a total, another measure in the same
unit). Owners are the bureau(s) in charge, sometimes with 各乡镇(街道). Targets cover reductions
(下降X%, 降低, 减少1%-2%), caps (控制在…以内, 不超过, 不高于), rates (达到X%以上, 保持100%), counts,
amounts, ranges and 左右/约. Five rows are in traditional characters; some use full-width digits or
Chinese numerals.
Checks (gold_writer.py) that every annotated string occurs (nth), that no two mentions of a column claim the same
or overlapping spans, that no mention starts inside a longer number, that every period occurs in
the progress text, computes ratios, and lists digit and numeral runs left unannotated.
Run: python tests/cases/make_probe_ecology.py"""
from pathlib import Path

from gold_writer import M, O, ProbeSet

probe = ProbeSet("probe9")
row = probe.row


# ---------------------------------------------------------------------------------------------
# Key-task progress tables of ecology, agriculture, water and energy bureaus (items 1-40)
# ---------------------------------------------------------------------------------------------

# 1 县生态环境分局: concentration cap (不高于), rate with 以上, day cap (不超过), 1-10月 period, a change in days
P = "1-10月"
row("县生态环境分局",
    "PM2.5平均浓度不高于33微克/立方米,空气质量优良天数比例达到85%以上,重污染天数不超过3天。",
    "1-10月,全县PM2.5平均浓度为31.6微克/立方米,同比下降4.2%;空气质量优良天数比例为86.8%,同比提高2.1个百分点;发生重污染天气2天,较上年同期减少3天。",
    targets=[M("33微克/立方米", 33, "微克/立方米", "PM2.5平均浓度", bound="max"),
             M("85%", 85, "%", "空气质量优良天数比例", bound="min"),
             M("3天", 3, "天", "重污染天数", bound="max")],
    actuals=[M("31.6微克/立方米", 31.6, "微克/立方米", "PM2.5平均浓度", period=P),
             M("4.2%", 4.2, "%", "PM2.5平均浓度同比下降", kind="reduction", period=P),
             M("86.8%", 86.8, "%", "空气质量优良天数比例"),
             M("2.1个百分点", 2.1, "个百分点", "优良天数比例同比提高", kind="growth"),
             M("2天", 2, "天", "重污染天数"),
             M("3天", 3, "天", "重污染天数较上年同期减少")],
    pairs=[("t1", ["a1"]), ("t2", ["a3"]), ("t3", ["a5"])],
    note="Lower-is-better caps: 31.6/33 = 0.9576 and 2/3 = 0.6667 (below 1 is good). The fall of 4.2% and the 3 fewer days are changes, not levels; the cap 3天 is not answered by the change 减少3天. The 2.5 in PM2.5 is part of a name.")

# 2 市生态环境局: 国控 share answered by the share (not by the count of sections), 省控 rate short of 100%
row("市生态环境局",
    "国控断面水质优良(达到或优于Ⅲ类)比例达到80%,省控断面水质达标率保持100%,全面消除劣Ⅴ类水体。",
    "全市8个国控断面中,1-9月水质优良断面7个,优良比例87.5%;12个省控断面水质达标率为91.7%,青龙河入境断面受上游来水影响氨氮阶段性超标;全市劣Ⅴ类水体保持动态清零。",
    targets=[M("80%", 80, "%", "国控断面水质优良比例"),
             M("100%", 100, "%", "省控断面水质达标率")],
    actuals=[M("8个", 8, "个", "国控断面(scope)"),
             M("7个", 7, "个", "水质优良国控断面", period="1-9月"),
             M("87.5%", 87.5, "%", "国控断面水质优良比例", period="1-9月"),
             M("12个", 12, "个", "省控断面(scope)"),
             M("91.7%", 91.7, "%", "省控断面水质达标率")],
    pairs=[("t1", ["a3"]), ("t2", ["a5"])],
    note="The share target is answered by the share 87.5% (1.0938), not by the 7 sections (7/8 is that share). 保持100% is exact: 91.7/100 = 0.917. Ⅲ类/Ⅴ类 are water classes, not quantities; 消除劣Ⅴ类 has no number, and 动态清零 is no count.")

# 3 县生态环境分局: 分别 lists for four reductions in 吨, works counts, one value only forecast (预计全年)
row("县生态环境分局",
    "完成化学需氧量、氨氮重点工程减排量分别为850吨、95吨,氮氧化物、挥发性有机物重点工程减排量分别为420吨、160吨。",
    "已完成城镇污水处理厂提标改造2座、规模化养殖场治理项目18个,经初步核算,化学需氧量、氨氮减排量分别为912吨、88.6吨;完成12家企业挥发性有机物深度治理和3家企业超低排放改造,氮氧化物减排量预计全年可达450吨,挥发性有机物减排量已核算126吨。",
    targets=[M("850吨", 850, "吨", "化学需氧量重点工程减排量"),
             M("95吨", 95, "吨", "氨氮重点工程减排量"),
             M("420吨", 420, "吨", "氮氧化物重点工程减排量"),
             M("160吨", 160, "吨", "挥发性有机物重点工程减排量")],
    actuals=[M("2座", 2, "座", "提标改造城镇污水处理厂"),
             M("18个", 18, "个", "规模化养殖场治理项目"),
             M("912吨", 912, "吨", "化学需氧量减排量"),
             M("88.6吨", 88.6, "吨", "氨氮减排量"),
             M("12家", 12, "家", "完成挥发性有机物深度治理的企业"),
             M("3家", 3, "家", "完成超低排放改造的企业"),
             M("450吨", 450, "吨", "预计全年氮氧化物减排量", period="全年"),
             M("126吨", 126, "吨", "挥发性有机物减排量(已核算)")],
    pairs=[("t1", ["a3"]), ("t2", ["a4"]), ("t4", ["a8"])],
    note="分别 maps in order in both columns: 912/850 = 1.0729, 88.6/95 = 0.9326, 126/160 = 0.7875. The 氮氧化物 figure is only 预计全年可达 for a year still under way: t3 unpaired (would-be 1.0714). Works and firm counts have no target. 减排量 is a mass, kind level, not a percent reduction.")

# 4 市农业农村局 (full-width digits): 以上 on 稳定在, 其中 parts that restate the total, 亿斤 answering 万吨 (year-end estimate)
P = "全年"
row("市农业农村局",
    "全市粮食播种面积稳定在１２０万亩以上,粮食总产量达到４５万吨。",
    "全年全市完成粮食播种面积１２３.６万亩,其中夏粮４１.２万亩、秋粮８２.４万亩;据统计部门测产,全年粮食总产量预计达９.２亿斤,较上年增产０.３亿斤。",
    targets=[M("１２０万亩", 120, "万亩", "粮食播种面积", bound="min"),
             M("４５万吨", 45, "万吨", "粮食总产量")],
    actuals=[M("１２３.６万亩", 123.6, "万亩", "粮食播种面积", period=P),
             M("４１.２万亩", 41.2, "万亩", "夏粮播种面积", period=P),
             M("８２.４万亩", 82.4, "万亩", "秋粮播种面积", period=P),
             M("９.２亿斤", 9.2, "亿斤", "粮食总产量(测产预计)", period=P),
             M("０.３亿斤", 0.3, "亿斤", "粮食总产量较上年增产")],
    pairs=[("t1", ["a1"]), ("t2", ["a4"])],
    note="Full-width digits. 123.6/120 = 1.03; the 其中 parts 41.2 + 82.4 restate the total and are not added again. The output is a year-end estimate from the statistics bureau's yield survey for the elapsed year, so it answers: 9.2亿斤 = 46万吨 against 45万吨 (1.0222). 0.3亿斤 is a change.")

# 5 市生態環境局 (traditional): 下降至 as a level target, 同比改善 X% (a fall in concentration) and 改善 X個百分點 (a rise in the rate)
P = "截至10月底"
row("市生態環境局",
    "細顆粒物(PM2.5)平均濃度下降至32微克/立方米,空氣質量優良天數比率達到87%,基本消除重污染天氣。",
    "截至10月底,全市PM2.5平均濃度為30.8微克/立方米,同比改善6.1%;優良天數比率為88.2%,同比改善2.4個百分點;重污染天數1天,較上年同期減少2天。",
    targets=[M("32微克/立方米", 32, "微克/立方米", "細顆粒物(PM2.5)平均濃度"),
             M("87%", 87, "%", "空氣質量優良天數比率")],
    actuals=[M("30.8微克/立方米", 30.8, "微克/立方米", "PM2.5平均濃度", period=P),
             M("6.1%", 6.1, "%", "PM2.5平均濃度同比改善", kind="reduction", period=P),
             M("88.2%", 88.2, "%", "優良天數比率"),
             M("2.4個百分點", 2.4, "個百分點", "優良天數比率同比改善", kind="growth"),
             M("1天", 1, "天", "重污染天數"),
             M("2天", 2, "天", "重污染天數較上年同期減少")],
    pairs=[("t1", ["a1"]), ("t2", ["a3"])],
    note="Traditional characters. 下降至32 names the level to reach (kind level, no qualifier: exact), so the concentration answers (0.9625, lower is better), not the fall 改善6.1% (for a concentration 改善 is a fall: kind reduction; for the rate it is a rise: growth). 基本消除重污染天氣 has no number: the 1 heavy day has no target.")

# 6 县农业农村局: 万亩 target, construction remainder not added, 招标 only, per-mu investment (元/亩), scope count
P = "截至10月底"
row("县农业农村局",
    "新建高标准农田3.5万亩,改造提升高标准农田1.2万亩,亩均投入不低于3000元。",
    "年度新建高标准农田项目涉及6个乡镇,截至10月底,已完成田间工程建设2.86万亩,占年度任务的81.7%,其余0.64万亩正在进行土地平整和灌排渠系施工;改造提升项目已完成招标,正在进场施工;项目亩均投入3120元。",
    targets=[M("3.5万亩", 3.5, "万亩", "新建高标准农田"),
             M("1.2万亩", 1.2, "万亩", "改造提升高标准农田"),
             M("3000元", 3000, "元/亩", "亩均投入", bound="min")],
    actuals=[M("6个", 6, "个", "新建项目涉及乡镇(scope)"),
             M("2.86万亩", 2.86, "万亩", "已完成田间工程建设的高标准农田", period=P),
             M("81.7%", 81.7, "%", "占年度任务的(比例)", period=P),
             M("0.64万亩", 0.64, "万亩", "正在施工的高标准农田", period=P),
             M("3120元", 3120, "元/亩", "项目亩均投入")],
    pairs=[("t1", ["a2"]), ("t3", ["a5"])],
    note="2.86/3.5 = 0.8171 (the text's 81.7%); the 0.64万亩 still under construction is not built (would-be sum 1.0). 改造提升 has only been tendered: t2 unpaired. 亩均 is the basis of a per-mu figure (unit 元/亩 though the text writes 元): 3120/3000 = 1.04.")

# 7 县林业局: 其中 parts of 人工造林, 公顷 answering 亩, coverage rate with a change in points
P = "今年"
row("县林业局",
    "完成人工造林1.5万亩,封山育林2万亩,森林覆盖率提高到62.5%。",
    "今年共完成人工造林1.62万亩,其中新造油茶林0.45万亩、营造生态公益林1.17万亩;完成封山育林1400公顷;经年度森林资源监测,全县森林覆盖率达到62.38%,较上年提高0.21个百分点。",
    targets=[M("1.5万亩", 1.5, "万亩", "人工造林"),
             M("2万亩", 2, "万亩", "封山育林"),
             M("62.5%", 62.5, "%", "森林覆盖率")],
    actuals=[M("1.62万亩", 1.62, "万亩", "人工造林", period=P),
             M("0.45万亩", 0.45, "万亩", "新造油茶林", period=P),
             M("1.17万亩", 1.17, "万亩", "营造生态公益林", period=P),
             M("1400公顷", 1400, "公顷", "封山育林"),
             M("62.38%", 62.38, "%", "森林覆盖率"),
             M("0.21个百分点", 0.21, "个百分点", "森林覆盖率较上年提高", kind="growth")],
    pairs=[("t1", ["a1"]), ("t2", ["a4"]), ("t3", ["a5"])],
    note="1.62/1.5 = 1.08; its 其中 parts (0.45 + 1.17 = 1.62) are not added. 1400公顷 = 14000000平方米 against 2万亩 = 13333400平方米: 1.05. 提高到62.5% is a level (exact): 62.38/62.5 = 0.9981; 0.21个百分点 is a change.")

# 8 县水利局 (Chinese numerals): 三座/十二座 targets, a restated scope, 完工 vs 在建, 招标 only; 小(1)型 is a class label
row("县水利局",
    "完成三座小(1)型水库和十二座小(2)型水库除险加固,整治山塘五十处。",
    "三座小(1)型水库除险加固工程均已完工并通过蓄水验收;十二座小(2)型水库中已完工九座,其余三座正在进行溢洪道施工;山塘整治已完成四十二处,另有八处已完成招标。",
    targets=[M("三座", 3, "座", "小(1)型水库除险加固"),
             M("十二座", 12, "座", "小(2)型水库除险加固"),
             M("五十处", 50, "处", "整治山塘")],
    actuals=[M("三座", 3, "座", "已完工小(1)型水库除险加固", nth=0),
             M("十二座", 12, "座", "小(2)型水库(scope)"),
             M("九座", 9, "座", "已完工小(2)型水库除险加固"),
             M("三座", 3, "座", "正在施工的小(2)型水库", nth=1),
             M("四十二处", 42, "处", "已完成山塘整治"),
             M("八处", 8, "处", "已完成招标的山塘整治")],
    pairs=[("t1", ["a1"]), ("t2", ["a3"]), ("t3", ["a5"])],
    note="Chinese numerals throughout. 小(1)型/小(2)型 are reservoir size classes (names): their digits stay unannotated. The first 三座 are all finished (1.0). 十二座…中 restates the scope and does not answer; 九座 do (0.75), the other 三座 are still being built (would-be sum 1.0). 四十二处/五十处 = 0.84; the 八处 only tendered are not added (would-be 1.0).")

# 9 市水利局: 分别 over two tributaries, total answered by the sum of three river parts, a project completed vs one in construction
P = "截至11月底"
row("市水利局、沿线各县(区)人民政府",
    "完成中小河流治理45公里,实施水系连通及水美乡村建设项目2个。",
    "截至11月底,清水河干流完成治理18.6公里,支流白沙河、马溪河分别完成12.4公里和9.3公里;水系连通及水美乡村建设项目已完工1个,另1个正在进行生态护岸施工。",
    targets=[M("45公里", 45, "公里", "中小河流治理"),
             M("2个", 2, "个", "水系连通及水美乡村建设项目")],
    actuals=[M("18.6公里", 18.6, "公里", "清水河干流完成治理", period=P),
             M("12.4公里", 12.4, "公里", "白沙河完成治理", period=P),
             M("9.3公里", 9.3, "公里", "马溪河完成治理", period=P),
             M("1个", 1, "个", "已完工水系连通及水美乡村建设项目", nth=0),
             M("1个", 1, "个", "正在施工的水系连通及水美乡村建设项目", nth=1)],
    pairs=[("t1", ["a1", "a2", "a3"]), ("t2", ["a4"])],
    note="No total is written: the three rivers add up to the 中小河流治理 length, 18.6 + 12.4 + 9.3 = 40.3 (combine sum, 0.8956); 分别 maps onto 白沙河/马溪河 in order. One project finished (0.5); the other is still in construction (would-be sum 1.0).")

# 10 县水利局: 万人 with no unit written (unit inferred), 其中 part, rate answered by the rate, another rate in % that must not pair
P = "今年"
row("县水利局、各乡镇(街道)",
    "实施农村供水保障工程,巩固提升农村饮水安全人口5.2万人,农村自来水普及率达到92%以上。",
    "全县今年实施农村供水工程23处,新建和改造供水管网186公里,巩固提升农村饮水安全人口5.46万,其中解决季节性缺水人口0.8万人;农村自来水普及率达到91.6%,较上年提高1.9个百分点,规模化供水工程覆盖农村人口比例为63%。",
    targets=[M("5.2万人", 5.2, "万人", "巩固提升农村饮水安全人口"),
             M("92%", 92, "%", "农村自来水普及率", bound="min")],
    actuals=[M("23处", 23, "处", "实施农村供水工程", period=P),
             M("186公里", 186, "公里", "新建和改造供水管网", period=P),
             M("5.46万", 5.46, "万人", "巩固提升农村饮水安全人口", period=P, unit_inferred=True),
             M("0.8万人", 0.8, "万人", "解决季节性缺水人口", period=P),
             M("91.6%", 91.6, "%", "农村自来水普及率"),
             M("1.9个百分点", 1.9, "个百分点", "普及率较上年提高", kind="growth"),
             M("63%", 63, "%", "规模化供水工程覆盖农村人口比例")],
    pairs=[("t1", ["a3"]), ("t2", ["a5"])],
    note="5.46万 writes no unit (万人 inferred from the task): 5.46/5.2 = 1.05; the 其中 part 0.8万人 is not added. 91.6/92 = 0.9957. 规模化供水工程覆盖农村人口比例 63% is another measure in % and does not answer the 普及率 (would-be 0.6848).")

# 11 縣農業農村局 (traditional): 萬畝 min target, 億斤 target answered by 萬噸, 其中 part, growth without target
row("縣農業農村局",
    "糧食播種面積穩定在68萬畝以上,糧食總產量達到5.5億斤,推廣大豆玉米帶狀複合種植1.2萬畝。",
    "全年完成糧食播種面積68.42萬畝,其中水稻42.6萬畝;據統計部門抽樣調查,全縣糧食總產量27.6萬噸,較上年增長1.9%;推廣大豆玉米帶狀複合種植1.28萬畝,完成任務的106.7%。",
    targets=[M("68萬畝", 68, "萬畝", "糧食播種面積", bound="min"),
             M("5.5億斤", 5.5, "億斤", "糧食總產量"),
             M("1.2萬畝", 1.2, "萬畝", "推廣大豆玉米帶狀複合種植")],
    actuals=[M("68.42萬畝", 68.42, "萬畝", "糧食播種面積", period="全年"),
             M("42.6萬畝", 42.6, "萬畝", "水稻播種面積", period="全年"),
             M("27.6萬噸", 27.6, "萬噸", "糧食總產量"),
             M("1.9%", 1.9, "%", "糧食總產量較上年增長", kind="growth"),
             M("1.28萬畝", 1.28, "萬畝", "推廣大豆玉米帶狀複合種植"),
             M("106.7%", 106.7, "%", "完成任務的(比例)")],
    pairs=[("t1", ["a1"]), ("t2", ["a3"]), ("t3", ["a5"])],
    note="Traditional characters. 68.42/68 = 1.0062; the 其中 part (水稻) is not the total. 27.6萬噸 = 2.76億公斤 against 5.5億斤 = 2.75億公斤: 1.0036. 1.28/1.2 = 1.0667 (the text's 106.7%). The 1.9% growth has no target.")

# 12 市水利局: reduction range 4%-5%, two reductions, an annual cap answered by the year's total, the cap restated; 万元GDP is a basis
P = "全年"
row("市水利局",
    "万元GDP用水量较上年下降4%-5%,万元工业增加值用水量下降3%,全市用水总量控制在6.8亿立方米以内。",
    "经用水统计调查初步核算,全市全年用水总量6.52亿立方米,控制在省下达的6.8亿立方米指标以内;万元GDP用水量较上年下降4.6%,万元工业增加值用水量下降2.7%。",
    targets=[M("4%-5%", 4, "%", "万元GDP用水量", kind="reduction", bound="range", value_max=5),
             M("3%", 3, "%", "万元工业增加值用水量", kind="reduction"),
             M("6.8亿立方米", 6.8, "亿立方米", "全市用水总量", bound="max")],
    actuals=[M("6.52亿立方米", 6.52, "亿立方米", "全市用水总量", period=P),
             M("6.8亿立方米", 6.8, "亿立方米", "省下达的用水总量指标(restated)"),
             M("4.6%", 4.6, "%", "万元GDP用水量较上年下降", kind="reduction"),
             M("2.7%", 2.7, "%", "万元工业增加值用水量下降", kind="reduction")],
    pairs=[("t1", ["a3"]), ("t2", ["a4"]), ("t3", ["a1"])],
    note="Range reduction target: ratio against the lower end (4.6/4 = 1.15). 2.7/3 = 0.9 (short of the target). The cap is answered by the year's total (6.52/6.8 = 0.9588, below 1 is good); 省下达的6.8亿立方米指标 restates it and does not answer. 万元 in 万元GDP/万元工业增加值 is the basis of the intensity measure, not an amount.")

# 13 县发展和改革局: reduction target answered by a 1-9月 fall, a narrower energy total (规上工业) that must not pair, 预计全年 forecasts
P = "1-9月"
row("县发展和改革局",
    "单位GDP能耗下降3.2%,能源消费总量控制在185万吨标准煤以内,完成省下达的能耗强度降低目标。",
    "1-9月,全县单位GDP能耗同比下降2.1%,降幅较上半年收窄0.6个百分点;规上工业能源消费量112.4万吨标准煤,同比增长1.8%;预计全年单位GDP能耗下降3.3%左右,能源消费总量约183万吨标准煤。",
    targets=[M("3.2%", 3.2, "%", "单位GDP能耗", kind="reduction"),
             M("185万吨标准煤", 185, "万吨标准煤", "能源消费总量", bound="max")],
    actuals=[M("2.1%", 2.1, "%", "单位GDP能耗同比下降", kind="reduction", period=P),
             M("0.6个百分点", 0.6, "个百分点", "降幅较上半年收窄", period=P),
             M("112.4万吨标准煤", 112.4, "万吨标准煤", "规上工业能源消费量"),
             M("1.8%", 1.8, "%", "规上工业能源消费量同比增长", kind="growth"),
             M("3.3%", 3.3, "%", "预计全年单位GDP能耗下降", kind="reduction", period="全年"),
             M("183万吨标准煤", 183, "万吨标准煤", "预计全年能源消费总量", period="全年")],
    pairs=[("t1", ["a1"])],
    note="The realised 1-9月 fall answers (2.1/3.2 = 0.6562); 预计全年…3.3%左右 is a forecast for a year still under way (would-be 1.0313). The cap on 能源消费总量 is unpaired: 规上工业能源消费量 is a narrower measure in the same unit (would-be 0.6076) and 约183万吨标准煤 a forecast (would-be 0.9892). 0.6个百分点 is a change in the rate of fall. The last clause has no number.")

# 14 市发展和改革委员会(市能源局): 兆瓦 answering 万千瓦, 累计 stock vs 今年新增, 其中 sub-target, 在建, a wind farm only hoisted
row("市发展和改革委员会(市能源局)",
    "新增光伏发电装机容量30万千瓦,其中分布式光伏15万千瓦,新增风电装机10万千瓦。",
    "截至10月底,全市光伏发电累计装机容量达到126.8万千瓦;今年新增光伏并网装机218.6兆瓦,其中分布式光伏126.3兆瓦、集中式光伏92.3兆瓦;在建集中式光伏项目3个、装机规模150兆瓦,正在进行组件安装;大王山风电场二期5万千瓦项目已完成风机吊装12台,预计12月底并网。",
    targets=[M("30万千瓦", 30, "万千瓦", "新增光伏发电装机容量"),
             M("15万千瓦", 15, "万千瓦", "新增分布式光伏"),
             M("10万千瓦", 10, "万千瓦", "新增风电装机")],
    actuals=[M("126.8万千瓦", 126.8, "万千瓦", "光伏发电累计装机容量", period="截至10月底"),
             M("218.6兆瓦", 218.6, "兆瓦", "今年新增光伏并网装机", period="今年"),
             M("126.3兆瓦", 126.3, "兆瓦", "新增分布式光伏", period="今年"),
             M("92.3兆瓦", 92.3, "兆瓦", "新增集中式光伏", period="今年"),
             M("3个", 3, "个", "在建集中式光伏项目"),
             M("150兆瓦", 150, "兆瓦", "在建集中式光伏装机规模"),
             M("5万千瓦", 5, "万千瓦", "大王山风电场二期项目规模(specification)"),
             M("12台", 12, "台", "已完成吊装的风机")],
    pairs=[("t1", ["a2"]), ("t2", ["a3"])],
    note="218.6兆瓦 = 21.86万千瓦 against 30万千瓦: 0.7287; the 累计 stock 126.8万千瓦 does not answer 新增 (would-be 4.2267); the 150兆瓦 under construction is not added (would-be sum 1.2287). 126.3兆瓦 against 15万千瓦: 0.842. The wind farm (5万千瓦, a project specification) is not grid-connected (预计12月底并网, a date): t3 unpaired (would-be 0.5). 二期 is a phase.")

# 15 县发展和改革局 (Chinese-numeral target): 累计 vs 今年新建, 其中 part, township scope 12个 vs 十二个 stations, 在建 and 招标 remainders
row("县发展和改革局、县供电公司",
    "新建公共充电桩500个,建成乡镇公共充电站十二个,实现乡镇充电设施全覆盖。",
    "截至9月底,全县公共充电桩累计达到1126个,今年新建投用386个,其中快充桩214个;12个乡镇中已有9个建成公共充电站,其余3个站点正在施工,预计11月底前投用;另有城区公共停车场充电桩120个正在招标。",
    targets=[M("500个", 500, "个", "新建公共充电桩"),
             M("十二个", 12, "个", "建成乡镇公共充电站")],
    actuals=[M("1126个", 1126, "个", "公共充电桩累计", period="截至9月底"),
             M("386个", 386, "个", "今年新建投用公共充电桩", period="今年"),
             M("214个", 214, "个", "今年新建快充桩", period="今年"),
             M("12个", 12, "个", "乡镇(scope)"),
             M("9个", 9, "个", "已建成公共充电站的乡镇"),
             M("3个", 3, "个", "正在施工的充电站点"),
             M("120个", 120, "个", "正在招标的充电桩")],
    pairs=[("t1", ["a2"]), ("t2", ["a5"])],
    note="The 今年 figure answers 新建 (0.772), not the 累计 stock (would-be 2.252); the 120 piles being tendered are not added (would-be sum 1.012). 十二个 stations (one per township) are answered by the 9 built (0.75); 12个乡镇 is the scope, and the 3 sites in construction are not finished (would-be sum 1.0). 11月底 is a date.")

# 16 县机关事务服务中心: count exceeded (超额完成), 降低 vs 下降 reductions, investment and 标准煤 saved without target
P = "全年"
row("县机关事务服务中心、县发展和改革局",
    "完成公共机构节能改造项目8项,公共机构人均综合能耗下降1.5%,单位建筑面积能耗降低1.2%。",
    "全年完成县行政中心、县人民医院等公共机构节能改造项目9项,超额完成年度任务,总投资1260万元,年可节约标准煤约420吨;全县公共机构人均综合能耗较上年下降1.8%,单位建筑面积能耗下降0.9%。",
    targets=[M("8项", 8, "项", "公共机构节能改造项目"),
             M("1.5%", 1.5, "%", "公共机构人均综合能耗", kind="reduction"),
             M("1.2%", 1.2, "%", "单位建筑面积能耗", kind="reduction")],
    actuals=[M("9项", 9, "项", "完成公共机构节能改造项目", period=P),
             M("1260万元", 1260, "万元", "节能改造总投资", period=P),
             M("420吨", 420, "吨", "年可节约标准煤", period=P),
             M("1.8%", 1.8, "%", "人均综合能耗较上年下降", kind="reduction"),
             M("0.9%", 0.9, "%", "单位建筑面积能耗下降", kind="reduction")],
    pairs=[("t1", ["a1"]), ("t2", ["a4"]), ("t3", ["a5"])],
    note="9/8 = 1.125 (超额完成 says so without a number). 降低1.2% is a reduction like 下降: 1.8/1.5 = 1.2, 0.9/1.2 = 0.75. The investment and the 标准煤 saved (约420吨, 约 on an actual is no bound) have no target.")

# 17 縣水利局 (traditional): restated scope 6座, 完工 vs 在建, 超額完成 with a length, 招標 only
row("縣水利局",
    "完成病險水庫除險加固6座,新建和改造農村供水管網120公里,新增高效節水灌溉面積0.8萬畝。",
    "納入年度計劃的6座病險水庫中,已完工4座,其餘2座正在進行壩體防滲施工;截至11月底,新建和改造農村供水管網132.5公里,超額完成年度任務;高效節水灌溉項目已完成招標,施工單位正在進場。",
    targets=[M("6座", 6, "座", "病險水庫除險加固"),
             M("120公里", 120, "公里", "新建和改造農村供水管網"),
             M("0.8萬畝", 0.8, "萬畝", "新增高效節水灌溉面積")],
    actuals=[M("6座", 6, "座", "納入年度計劃的病險水庫(scope)"),
             M("4座", 4, "座", "已完工病險水庫除險加固"),
             M("2座", 2, "座", "正在施工的病險水庫"),
             M("132.5公里", 132.5, "公里", "新建和改造農村供水管網", period="截至11月底")],
    pairs=[("t1", ["a2"]), ("t2", ["a4"])],
    note="Traditional characters. The restated 6座 is the scope; 4座 finished answer (0.6667), the 2座 still in construction do not (would-be sum 1.0). 132.5/120 = 1.1042 (超額完成). 高效節水灌溉 is only tendered: t3 unpaired.")

# 18 县农业农村局: three rates answered by rates, a 其中 sub-rate, a stock count and facilities without target
row("县农业农村局",
    "畜禽粪污综合利用率达到80%以上,规模养殖场粪污处理设施装备配套率保持100%,农作物秸秆综合利用率稳定在95%以上。",
    "全县畜禽粪污综合利用率达到83.4%,规模养殖场粪污处理设施装备配套率100%;秸秆综合利用率93.2%,其中秸秆还田利用率68.5%;全县共有规模养殖场137家,今年新建粪污资源化利用设施21处。",
    targets=[M("80%", 80, "%", "畜禽粪污综合利用率", bound="min"),
             M("100%", 100, "%", "规模养殖场粪污处理设施装备配套率"),
             M("95%", 95, "%", "农作物秸秆综合利用率", bound="min")],
    actuals=[M("83.4%", 83.4, "%", "畜禽粪污综合利用率"),
             M("100%", 100, "%", "规模养殖场粪污处理设施装备配套率"),
             M("93.2%", 93.2, "%", "秸秆综合利用率"),
             M("68.5%", 68.5, "%", "秸秆还田利用率"),
             M("137家", 137, "家", "规模养殖场(stock)"),
             M("21处", 21, "处", "今年新建粪污资源化利用设施", period="今年")],
    pairs=[("t1", ["a1"]), ("t2", ["a2"]), ("t3", ["a3"])],
    note="83.4/80 = 1.0425; 100/100 = 1.0; 93.2/95 = 0.9811 (稳定在…以上 = min, not met). 秸秆还田利用率 is a narrower rate (one use among several) and does not answer. The 137 farms and 21 facilities have no target.")

# 19 县农业农村局、各乡镇(街道): 户 with a 其中 part, completion share, rate kept at 100%, villages vs rate
P = "截至9月底"
row("县农业农村局、各乡镇(街道)",
    "完成农村户用卫生厕所改造2000户,农村生活垃圾无害化处理率达到100%,农村生活污水治理率提高到45%。",
    "截至9月底,全县完成农村户用厕所改造1640户,占年度任务的82%,其中新建三格式化粪池1120户;农村生活垃圾实现“户分类、村收集、镇转运、县处理”全覆盖,无害化处理率保持100%;新增完成农村生活污水治理行政村18个,全县农村生活污水治理率达到41.3%。",
    targets=[M("2000户", 2000, "户", "农村户用卫生厕所改造"),
             M("100%", 100, "%", "农村生活垃圾无害化处理率"),
             M("45%", 45, "%", "农村生活污水治理率")],
    actuals=[M("1640户", 1640, "户", "完成农村户用厕所改造", period=P),
             M("82%", 82, "%", "占年度任务的(比例)", period=P),
             M("1120户", 1120, "户", "新建三格式化粪池", period=P),
             M("100%", 100, "%", "农村生活垃圾无害化处理率"),
             M("18个", 18, "个", "新增完成生活污水治理行政村"),
             M("41.3%", 41.3, "%", "农村生活污水治理率")],
    pairs=[("t1", ["a1"]), ("t2", ["a4"]), ("t3", ["a6"])],
    note="1640/2000 = 0.82 (the text's 82%); the 其中 part 1120户 is not added. 100% kept (1.0). The rate target is answered by the rate (41.3/45 = 0.9178), not by the 18 villages. 三格式 names a type of septic tank; the slogan 户分类、村收集… has no number.")

# 20 县林业局、各乡镇(街道): nothing reported with a number
row("县林业局、各乡镇(街道)",
    "全面推行林长制,健全县、乡、村林长组织体系,全年开展林长巡林不少于1200人次,完成松材线虫病疫木除治5万株。",
    "已印发林长制实施方案和林长巡林制度,县、乡、村林长名单已全部公示,林长巡林工作正常开展;松材线虫病秋季普查工作正在进行,疫木集中除治将于11月启动,目前已完成除治作业招标。",
    targets=[M("1200人次", 1200, "人次", "林长巡林", bound="min"),
             M("5万株", 5, "万株", "松材线虫病疫木除治")],
    note="Progress states no quantity: documents issued, lists published, the survey under way and the removal only tendered (11月 is a date). Both targets unpaired.")

# 21 县农业农村局: reduction range 1%-2% (减少), a mass with the fall, a reduction without a numeric target, rate coverage in 万亩次
row("县农业农村局",
    "化肥使用量较上年减少1%-2%,农药使用量保持负增长,主要农作物农药利用率提高到41%以上,测土配方施肥技术覆盖率稳定在90%以上。",
    "全县推广测土配方施肥技术186万亩次,技术覆盖率达到92.3%;经测算,全年化肥使用量(折纯)3.46万吨,较上年减少1.6%,农药使用量较上年减少2.8%;主要农作物农药利用率达到41.5%,统防统治覆盖率45.6%。",
    targets=[M("1%-2%", 1, "%", "化肥使用量", kind="reduction", bound="range", value_max=2),
             M("41%", 41, "%", "主要农作物农药利用率", bound="min"),
             M("90%", 90, "%", "测土配方施肥技术覆盖率", bound="min")],
    actuals=[M("186万亩次", 186, "万亩次", "推广测土配方施肥技术"),
             M("92.3%", 92.3, "%", "测土配方施肥技术覆盖率"),
             M("3.46万吨", 3.46, "万吨", "化肥使用量(折纯)", period="全年"),
             M("1.6%", 1.6, "%", "化肥使用量较上年减少", kind="reduction", period="全年"),
             M("2.8%", 2.8, "%", "农药使用量较上年减少", kind="reduction", period="全年"),
             M("41.5%", 41.5, "%", "主要农作物农药利用率"),
             M("45.6%", 45.6, "%", "统防统治覆盖率")],
    pairs=[("t1", ["a4"]), ("t2", ["a6"]), ("t3", ["a2"])],
    note="Range reduction target: 1.6 against the lower end 1 (1.6). 保持负增长 has no number, so the 农药 fall of 2.8% has no target. 3.46万吨 is the level behind the fall. 41.5/41 = 1.0122; 92.3/90 = 1.0256. 统防统治覆盖率 is another measure.")

# 22 市生态环境局等: 左右 target, another rate at 100% with no numeric target, 排查 count reached with a remainder entrusted
row("市生态环境局、市农业农村局、市自然资源和规划局",
    "受污染耕地安全利用率达到93%左右,重点建设用地安全利用得到有效保障,完成土壤污染重点监管单位隐患排查30家。",
    "全市受污染耕地安全利用率为94.1%,污染地块安全利用率保持100%;已完成土壤污染重点监管单位隐患排查27家,发现问题隐患63个,已整改51个,其余3家单位的隐患排查已委托第三方机构开展,预计12月中旬完成。",
    targets=[M("93%", 93, "%", "受污染耕地安全利用率", bound="approx"),
             M("30家", 30, "家", "土壤污染重点监管单位隐患排查")],
    actuals=[M("94.1%", 94.1, "%", "受污染耕地安全利用率"),
             M("100%", 100, "%", "污染地块安全利用率"),
             M("27家", 27, "家", "已完成隐患排查的重点监管单位"),
             M("63个", 63, "个", "发现问题隐患"),
             M("51个", 51, "个", "已整改问题隐患"),
             M("3家", 3, "家", "委托第三方开展排查的单位")],
    pairs=[("t1", ["a1"]), ("t2", ["a3"])],
    note="左右 = approx: 94.1/93 = 1.0118. 重点建设用地安全利用 has no number in the task; 污染地块安全利用率100% answers nothing. 27/30 = 0.9; the 3 units only entrusted are not done (would-be sum 1.0). 12月中旬 is a date.")

# 23 市林業局 (traditional): total 營造林 answered by the sum of its two task parts, sub-targets by the parts, another measure in 公里
row("市林業局",
    "全年完成營造林3.2萬畝,其中人工造林1.5萬畝、森林撫育1.7萬畝,森林覆蓋率穩定在58%以上。",
    "全市完成人工造林1.62萬畝、森林撫育1.85萬畝,新建林區防火通道12公里;森林覆蓋率為58.3%;全面落實林長制,共設立各級林長2186名。",
    targets=[M("3.2萬畝", 3.2, "萬畝", "營造林"),
             M("1.5萬畝", 1.5, "萬畝", "人工造林"),
             M("1.7萬畝", 1.7, "萬畝", "森林撫育"),
             M("58%", 58, "%", "森林覆蓋率", bound="min")],
    actuals=[M("1.62萬畝", 1.62, "萬畝", "人工造林"),
             M("1.85萬畝", 1.85, "萬畝", "森林撫育"),
             M("12公里", 12, "公里", "新建林區防火通道"),
             M("58.3%", 58.3, "%", "森林覆蓋率"),
             M("2186名", 2186, "名", "設立各級林長")],
    pairs=[("t1", ["a1", "a2"]), ("t2", ["a1"]), ("t3", ["a2"]), ("t4", ["a4"])],
    note="Traditional characters. The task defines 營造林 by its 其中 parts (1.5 + 1.7 = 3.2), and no total is reported: 1.62 + 1.85 = 3.47 (combine sum, 1.0844); each part also answers its own sub-target (1.08, 1.0882). 58.3/58 = 1.0052. 防火通道 and the 林長 count have no target; 各級 is no number.")

# 24 县农业农村局: 左右 on a flow, a range 2.6万头至3万头 for a stock, 9月末 period, 投产 vs 在建
row("县农业农村局",
    "生猪出栏稳定在45万头左右,能繁母猪存栏保持在2.6万头至3万头的正常保有量区间,新建改扩建规模养殖场5个。",
    "1-9月,全县生猪出栏32.8万头,同比下降3.6%;9月末能繁母猪存栏2.71万头,处于正常保有量区间;新建改扩建规模养殖场4个已投产,另有2个正在建设。",
    targets=[M("45万头", 45, "万头", "生猪出栏", bound="approx"),
             M("2.6万头至3万头", 2.6, "万头", "能繁母猪存栏", bound="range", value_max=3),
             M("5个", 5, "个", "新建改扩建规模养殖场")],
    actuals=[M("32.8万头", 32.8, "万头", "生猪出栏", period="1-9月"),
             M("3.6%", 3.6, "%", "生猪出栏同比下降", kind="reduction", period="1-9月"),
             M("2.71万头", 2.71, "万头", "能繁母猪存栏", period="9月末"),
             M("4个", 4, "个", "已投产新建改扩建规模养殖场"),
             M("2个", 2, "个", "正在建设的规模养殖场")],
    pairs=[("t1", ["a1"]), ("t2", ["a3"]), ("t3", ["a4"])],
    note="The 1-9月 flow answers the annual 出栏 (32.8/45 = 0.7289); the fall of 3.6% has no target. The stock at 9月末 lies inside the range (ratio against the lower end: 1.0423). 4/5 = 0.8; the 2 farms still being built are not added (would-be sum 1.2).")

# 25 县水利局: 平方公里 target with completion share, rate answered by a rate, a count of approved plans that does not answer the approval rate
row("县水利局",
    "新增水土流失综合治理面积25平方公里,水土保持率提高到86.5%,生产建设项目水土保持方案审批率保持100%。",
    "全县今年实施坡耕地治理、小流域综合治理项目4个,完成水土流失综合治理面积27.3平方公里,完成年度任务的109.2%;经动态监测,全县水土保持率为86.38%,较上年提高0.42个百分点;全年审批生产建设项目水土保持方案96个,依法查处违法违规项目3起。",
    targets=[M("25平方公里", 25, "平方公里", "新增水土流失综合治理面积"),
             M("86.5%", 86.5, "%", "水土保持率"),
             M("100%", 100, "%", "生产建设项目水土保持方案审批率")],
    actuals=[M("4个", 4, "个", "坡耕地治理、小流域综合治理项目", period="今年"),
             M("27.3平方公里", 27.3, "平方公里", "完成水土流失综合治理面积", period="今年"),
             M("109.2%", 109.2, "%", "完成年度任务的(比例)", period="今年"),
             M("86.38%", 86.38, "%", "水土保持率"),
             M("0.42个百分点", 0.42, "个百分点", "水土保持率较上年提高", kind="growth"),
             M("96个", 96, "个", "审批生产建设项目水土保持方案", period="全年"),
             M("3起", 3, "起", "查处违法违规项目", period="全年")],
    pairs=[("t1", ["a2"]), ("t2", ["a4"])],
    note="27.3/25 = 1.092 (the text's 109.2%). 86.38/86.5 = 0.9986; 0.42个百分点 is a change. The approval-rate target is unpaired: 96 plans approved is a count, not the rate.")

# 26 市农业农村局: rate answered by the rate (a 其中 sub-rate does not), counts, capacity in 吨/日, subsidy and subsidised machines as other measures
row("市农业农村局",
    "主要农作物耕种收综合机械化率达到78%,新建粮食烘干中心10个,推广北斗导航自动驾驶农机200台。",
    "全市主要农作物耕种收综合机械化率达到79.2%,其中水稻机插秧率62.5%;新建粮食烘干中心8个,新增烘干能力1860吨/日;推广北斗导航自动驾驶农机236台,发放农机购置补贴4380万元,补贴机具3216台。",
    targets=[M("78%", 78, "%", "主要农作物耕种收综合机械化率"),
             M("10个", 10, "个", "新建粮食烘干中心"),
             M("200台", 200, "台", "推广北斗导航自动驾驶农机")],
    actuals=[M("79.2%", 79.2, "%", "主要农作物耕种收综合机械化率"),
             M("62.5%", 62.5, "%", "水稻机插秧率"),
             M("8个", 8, "个", "新建粮食烘干中心"),
             M("1860吨/日", 1860, "吨/日", "新增烘干能力"),
             M("236台", 236, "台", "推广北斗导航自动驾驶农机"),
             M("4380万元", 4380, "万元", "发放农机购置补贴"),
             M("3216台", 3216, "台", "补贴机具")],
    pairs=[("t1", ["a1"]), ("t2", ["a3"]), ("t3", ["a5"])],
    note="79.2/78 = 1.0154; 8/10 = 0.8; 236/200 = 1.18. 北斗 is a name. 补贴机具3216台 is another measure in the same unit (all subsidised machines) and does not answer (would-be 16.08); the drying capacity has no target.")

# 27 县水利局、各乡镇(街道): project investment total vs 截至10月底 spending, 衬砌 and 改善灌溉面积 answered, 在建 remainder
row("县水利局、各乡镇(街道)",
    "实施大中型灌区续建配套与现代化改造,改善灌溉面积6.5万亩,新增高效节水灌溉面积1万亩,完成灌区渠道衬砌40公里。",
    "东风灌区续建配套与节水改造项目总投资1.26亿元,截至10月底完成投资9860万元;累计完成渠道衬砌33.6公里、新建改造渠系建筑物146座,改善灌溉面积5.2万亩;高效节水灌溉项目已完成喷灌、滴灌建设0.72万亩,其余0.28万亩正在铺设管道。",
    targets=[M("6.5万亩", 6.5, "万亩", "改善灌溉面积"),
             M("1万亩", 1, "万亩", "新增高效节水灌溉面积"),
             M("40公里", 40, "公里", "灌区渠道衬砌")],
    actuals=[M("1.26亿元", 1.26, "亿元", "灌区项目总投资"),
             M("9860万元", 9860, "万元", "完成投资", period="截至10月底"),
             M("33.6公里", 33.6, "公里", "累计完成渠道衬砌"),
             M("146座", 146, "座", "新建改造渠系建筑物"),
             M("5.2万亩", 5.2, "万亩", "改善灌溉面积"),
             M("0.72万亩", 0.72, "万亩", "已完成喷灌、滴灌建设面积"),
             M("0.28万亩", 0.28, "万亩", "正在铺设管道的高效节水灌溉面积")],
    pairs=[("t1", ["a5"]), ("t2", ["a6"]), ("t3", ["a3"])],
    note="The project's total investment and its spending have no target (9860万元 of 1.26亿元 is 78.3%). 5.2/6.5 = 0.8; 0.72/1 = 0.72, the 0.28万亩 still laying pipes is not added (would-be sum 1.0); 33.6/40 = 0.84.")

# 28 縣發展和改革局 (traditional): 備案 capacity vs 併網, parts that make up the connected total, piles awaiting acceptance
P = "1-10月"
row("縣發展和改革局(縣能源局)",
    "新增分佈式光伏裝機5萬千瓦,建成公共充電樁300個,完成整縣屋頂分佈式光伏開發試點年度任務。",
    "1-10月,全縣新增分佈式光伏備案容量8.6萬千瓦,已併網裝機4.12萬千瓦,其中工商業屋頂光伏2.87萬千瓦、戶用光伏1.25萬千瓦;建成投用公共充電樁216個,另有84個已完成安裝,正在等待供電部門驗收接電。",
    targets=[M("5萬千瓦", 5, "萬千瓦", "新增分佈式光伏裝機"),
             M("300個", 300, "個", "建成公共充電樁")],
    actuals=[M("8.6萬千瓦", 8.6, "萬千瓦", "新增分佈式光伏備案容量", period=P),
             M("4.12萬千瓦", 4.12, "萬千瓦", "已併網分佈式光伏裝機", period=P),
             M("2.87萬千瓦", 2.87, "萬千瓦", "工商業屋頂光伏", period=P),
             M("1.25萬千瓦", 1.25, "萬千瓦", "戶用光伏", period=P),
             M("216個", 216, "個", "建成投用公共充電樁"),
             M("84個", 84, "個", "等待驗收接電的充電樁")],
    pairs=[("t1", ["a2"]), ("t2", ["a5"])],
    note="Traditional characters. Only the connected capacity answers 裝機 (4.12/5 = 0.824); 備案 capacity is a filing (would-be 1.72). The 其中 parts 2.87 + 1.25 restate the 4.12 and are not added again. 216/300 = 0.72; the 84 piles awaiting acceptance do not answer 建成 (would-be sum 1.0). The 試點 task has no number.")

# 29 县林业局、各乡镇(街道): reduction with 以上, 病死松树 in 万株 that must not pair with 除治, two 100% rates (nth), a last-year count
row("县林业局、各乡镇(街道)",
    "松材线虫病疫情发生面积下降10%以上,完成疫木除治8万株,松林监测普查覆盖率达到100%。",
    "今年春季普查,全县松材线虫病发生面积3.62万亩,病死松树6.8万株,发生面积较上年下降12.4%,疫情乡镇由11个减少至9个;截至4月底,完成疫木除治7.46万株,除治率100%;秋季普查已完成外业调查,普查覆盖率100%。",
    targets=[M("10%", 10, "%", "松材线虫病疫情发生面积", kind="reduction", bound="min"),
             M("8万株", 8, "万株", "疫木除治"),
             M("100%", 100, "%", "松林监测普查覆盖率")],
    actuals=[M("3.62万亩", 3.62, "万亩", "松材线虫病发生面积", period="今年春季"),
             M("6.8万株", 6.8, "万株", "病死松树", period="今年春季"),
             M("12.4%", 12.4, "%", "发生面积较上年下降", kind="reduction", period="今年春季"),
             M("11个", 11, "个", "上年疫情乡镇"),
             M("9个", 9, "个", "疫情乡镇", period="今年春季"),
             M("7.46万株", 7.46, "万株", "完成疫木除治", period="截至4月底"),
             M("100%", 100, "%", "除治率", nth=0, period="截至4月底"),
             M("100%", 100, "%", "秋季普查覆盖率", nth=1)],
    pairs=[("t1", ["a3"]), ("t2", ["a6"]), ("t3", ["a8"])],
    note="12.4/10 = 1.24 (reduction, 以上 = min). 除治 is answered by 7.46万株 (0.9325), not by the 6.8万株 dead trees found (another measure in the same unit). The first 100% is the removal rate (another measure); the second, the survey coverage, answers (1.0). 由11个减少至9个: 11 is last year's count.")

# 30 市生态环境局等: rate target, km built vs under construction, scope 41座 vs 37座 running, rate answered by rate, an effluent rate without target
P = "截至10月底"
row("市生态环境局、市住房和城乡建设局、市城市管理局",
    "城市生活污水集中收集率提高到70%,新建改造污水管网50公里,乡镇污水处理设施正常运行率不低于90%。",
    "截至10月底,新建改造城市污水管网38.2公里,正在施工11.5公里;城市生活污水集中收集率68.7%,较上年提高3.2个百分点;全市41座乡镇污水处理设施中正常运行37座,正常运行率90.2%,城市污水处理厂出水水质达标率100%。",
    targets=[M("70%", 70, "%", "城市生活污水集中收集率"),
             M("50公里", 50, "公里", "新建改造污水管网"),
             M("90%", 90, "%", "乡镇污水处理设施正常运行率", bound="min")],
    actuals=[M("38.2公里", 38.2, "公里", "新建改造城市污水管网", period=P),
             M("11.5公里", 11.5, "公里", "正在施工的污水管网", period=P),
             M("68.7%", 68.7, "%", "城市生活污水集中收集率"),
             M("3.2个百分点", 3.2, "个百分点", "集中收集率较上年提高", kind="growth"),
             M("41座", 41, "座", "乡镇污水处理设施(scope)"),
             M("37座", 37, "座", "正常运行的乡镇污水处理设施"),
             M("90.2%", 90.2, "%", "乡镇污水处理设施正常运行率"),
             M("100%", 100, "%", "城市污水处理厂出水水质达标率")],
    pairs=[("t1", ["a3"]), ("t2", ["a1"]), ("t3", ["a7"])],
    note="68.7/70 = 0.9814; 38.2/50 = 0.764, the 11.5公里 under construction is not added (would-be sum 0.994). The rate target is answered by the rate 90.2% (1.0022), which 37 of 41 gives. 出水水质达标率100% is another measure.")

# 31 县生态环境分局、县水利局: 100% kept, 排查 found vs 整治 done, completion rate, remainder
row("县生态环境分局、县水利局",
    "县级集中式饮用水水源地水质达标率保持100%,完成乡镇级饮用水水源保护区环境问题整治15个。",
    "全县2个县级集中式饮用水水源地每月开展监测,水质达标率均为100%;已排查乡镇级饮用水水源保护区环境问题19个,完成整治16个,整治完成率84.2%,其余3个正在整治中。",
    targets=[M("100%", 100, "%", "县级集中式饮用水水源地水质达标率"),
             M("15个", 15, "个", "乡镇级饮用水水源保护区环境问题整治")],
    actuals=[M("2个", 2, "个", "县级集中式饮用水水源地(scope)"),
             M("100%", 100, "%", "水质达标率"),
             M("19个", 19, "个", "排查发现的环境问题"),
             M("16个", 16, "个", "完成整治的环境问题"),
             M("84.2%", 84.2, "%", "整治完成率"),
             M("3个", 3, "个", "正在整治的环境问题")],
    pairs=[("t1", ["a2"]), ("t2", ["a4"])],
    note="100% kept (1.0). 整治 is answered by the 16 completed (1.0667), not by the 19 found (the scope of the 84.2% completion rate); the 3 still being fixed are not added. 每月 is a frequency, no number.")

# 32 市农业农村局: rate answered, 绿色 + 有机 certifications add up, products awaiting certificates, a county title awaiting naming
P = "全年"
row("市农业农村局",
    "农产品质量安全例行监测合格率稳定在98%以上,新增绿色食品、有机农产品认证30个,创建省级农产品质量安全县1个。",
    "全年开展农产品质量安全例行监测4次,抽检样品1620批次,合格率99.3%;新增绿色食品认证22个、有机农产品认证7个,另有5个产品已通过现场检查等待颁证;省级农产品质量安全县创建已通过省级评审,待省政府命名。",
    targets=[M("98%", 98, "%", "农产品质量安全例行监测合格率", bound="min"),
             M("30个", 30, "个", "新增绿色食品、有机农产品认证"),
             M("1个", 1, "个", "创建省级农产品质量安全县")],
    actuals=[M("4次", 4, "次", "开展例行监测", period=P),
             M("1620批次", 1620, "批次", "抽检样品", period=P),
             M("99.3%", 99.3, "%", "例行监测合格率", period=P),
             M("22个", 22, "个", "新增绿色食品认证"),
             M("7个", 7, "个", "新增有机农产品认证"),
             M("5个", 5, "个", "等待颁证的产品")],
    pairs=[("t1", ["a3"]), ("t2", ["a4", "a5"])],
    note="99.3/98 = 1.0133. The joint target is met by the sum of its two kinds: 22 + 7 = 29 (combine sum, 0.9667); the 5 products awaiting certificates do not answer (would-be sum 1.1333). The county title passed review but awaits naming, with no count: t3 unpaired (would-be 1.0).")

# 33 县农业农村局、各乡镇(街道) (Chinese numerals): 申报 vs 命名, 验收, one belt built and one still in works (一条 twice)
row("县农业农村局、各乡镇(街道)",
    "创建省级美丽乡村示范村十二个、市级美丽乡村示范村三十个,打造乡村振兴示范带两条。",
    "今年全县申报省级美丽乡村示范村十五个,经省级考核验收命名十一个;市级示范村已完成验收三十二个;乡村振兴示范带一条已建成,另一条正在实施道路提升和节点景观工程。",
    targets=[M("十二个", 12, "个", "创建省级美丽乡村示范村"),
             M("三十个", 30, "个", "创建市级美丽乡村示范村"),
             M("两条", 2, "条", "打造乡村振兴示范带")],
    actuals=[M("十五个", 15, "个", "申报省级美丽乡村示范村", period="今年"),
             M("十一个", 11, "个", "经考核验收命名的省级示范村", period="今年"),
             M("三十二个", 32, "个", "完成验收的市级示范村"),
             M("一条", 1, "条", "已建成的乡村振兴示范带", nth=0),
             M("一条", 1, "条", "正在实施的乡村振兴示范带", nth=1)],
    pairs=[("t1", ["a2"]), ("t2", ["a3"]), ("t3", ["a4"])],
    note="Chinese numerals throughout. The 15 applied are candidates (would-be 1.25); the 11 named answer (0.9167). 三十二个/三十个 = 1.0667. One belt built (0.5); 另一条 is still in works (would-be sum 1.0).")

# 34 市发展和改革委员会: cap on coal answered only by a narrower part or a forecast, a points target with only a forecast, gas answered by 1-9月
row("市发展和改革委员会",
    "煤炭消费总量控制在420万吨以内,非化石能源占能源消费总量比重提高1个百分点,天然气消费量达到6亿立方米。",
    "1-9月,全市规上工业煤炭消费量298.6万吨,同比下降2.3%;全社会煤炭消费总量预计全年控制在415万吨左右;非化石能源消费比重预计达到19.8%,较上年提高1.1个百分点;1-9月全市天然气消费量4.37亿立方米,同比增长8.9%。",
    targets=[M("420万吨", 420, "万吨", "煤炭消费总量", bound="max"),
             M("1个百分点", 1, "个百分点", "非化石能源占能源消费总量比重", kind="growth"),
             M("6亿立方米", 6, "亿立方米", "天然气消费量")],
    actuals=[M("298.6万吨", 298.6, "万吨", "规上工业煤炭消费量", period="1-9月"),
             M("2.3%", 2.3, "%", "规上工业煤炭消费量同比下降", kind="reduction", period="1-9月"),
             M("415万吨", 415, "万吨", "预计全年全社会煤炭消费总量", period="全年"),
             M("19.8%", 19.8, "%", "非化石能源消费比重(预计)"),
             M("1.1个百分点", 1.1, "个百分点", "非化石能源消费比重较上年提高(预计)", kind="growth"),
             M("4.37亿立方米", 4.37, "亿立方米", "天然气消费量", period="1-9月"),
             M("8.9%", 8.9, "%", "天然气消费量同比增长", kind="growth", period="1-9月")],
    pairs=[("t3", ["a6"])],
    note="The coal cap is unpaired: 规上工业 is a narrower measure (would-be 0.711) and 415万吨左右 a 预计全年 forecast (would-be 0.9881). The points target is unpaired too: 预计 governs both 19.8% and 提高1.1个百分点 (would-be 1.1). The realised 1-9月 gas use answers (4.37/6 = 0.7283).")

# 35 县林业局(县湿地保护中心): rate answered, a park named and accepted but not counted, 公顷 answering 亩, trees planted as another measure
row("县林业局(县湿地保护中心)",
    "湿地保护率稳定在55%以上,新建湿地公园1处,修复退化湿地800亩。",
    "全县湿地保护率为56.2%;九龙湖省级湿地公园已通过省林业局验收并正式挂牌;完成退化湿地修复53.6公顷,其中退耕还湿21.4公顷,栽植水生植物12万株。",
    targets=[M("55%", 55, "%", "湿地保护率", bound="min"),
             M("1处", 1, "处", "新建湿地公园"),
             M("800亩", 800, "亩", "修复退化湿地")],
    actuals=[M("56.2%", 56.2, "%", "湿地保护率"),
             M("53.6公顷", 53.6, "公顷", "退化湿地修复"),
             M("21.4公顷", 21.4, "公顷", "退耕还湿"),
             M("12万株", 12, "万株", "栽植水生植物")],
    pairs=[("t1", ["a1"]), ("t3", ["a2"])],
    note="56.2/55 = 1.0218. The wetland park is named (九龙湖) and accepted, but no count is written: t2 unpaired (would-be 1.0). 53.6公顷 = 536000平方米 against 800亩 = 533336平方米: 1.005; the 其中 part 退耕还湿 is not added; plants in 万株 have no target.")

# 36 市林业局、各县(市、区)人民政府: the target restated in the progress (对照…的目标), completion share, stock in 万立方米 with a change
row("市林业局、各县(市、区)人民政府",
    "完成新一轮国土绿化任务,新增造林面积2.4万亩,森林蓄积量达到1850万立方米。",
    "对照年度新增造林2.4万亩的目标,全市今年已完成造林1.96万亩,完成年度任务的81.7%,其余造林地块将于冬春季节完成栽植;经森林资源年度监测,全市森林蓄积量1862万立方米,较上年增加38万立方米。",
    targets=[M("2.4万亩", 2.4, "万亩", "新增造林面积"),
             M("1850万立方米", 1850, "万立方米", "森林蓄积量")],
    actuals=[M("2.4万亩", 2.4, "万亩", "年度新增造林目标(restated)"),
             M("1.96万亩", 1.96, "万亩", "已完成造林", period="今年"),
             M("81.7%", 81.7, "%", "完成年度任务的(比例)", period="今年"),
             M("1862万立方米", 1862, "万立方米", "森林蓄积量"),
             M("38万立方米", 38, "万立方米", "森林蓄积量较上年增加")],
    pairs=[("t1", ["a2"]), ("t2", ["a4"])],
    note="对照年度新增造林2.4万亩的目标 restates the target and does not answer itself (would-be 1.0). 1.96/2.4 = 0.8167 (the text's 81.7%); the plots left for winter and spring planting have no number. 1862/1850 = 1.0065; 38万立方米 is a change. 新一轮 is no count.")

# 37 县河长制办公室、县水利局: rate kept, patrols in 万人次 without target, found vs 销号 vs 在改, river scope
P = "今年"
row("县河长制办公室、县水利局",
    "各级河长巡河履职率达到100%,完成河湖“清四乱”问题整治60个,实现河湖管理范围划界全覆盖。",
    "今年全县各级河长累计巡河1.26万人次,巡河履职率100%;累计排查发现河湖“四乱”问题71个,已完成整治销号58个,其余13个正在整改;全县32条县级以上河流已全部完成管理范围划界。",
    targets=[M("100%", 100, "%", "各级河长巡河履职率"),
             M("60个", 60, "个", "河湖“清四乱”问题整治")],
    actuals=[M("1.26万人次", 1.26, "万人次", "各级河长累计巡河", period=P),
             M("100%", 100, "%", "巡河履职率", period=P),
             M("71个", 71, "个", "排查发现河湖“四乱”问题"),
             M("58个", 58, "个", "已完成整治销号的问题"),
             M("13个", 13, "个", "正在整改的问题"),
             M("32条", 32, "条", "县级以上河流(scope)")],
    pairs=[("t1", ["a2"]), ("t2", ["a4"])],
    note="100% (1.0). 整治 is answered by the 58 销号 (0.9667), not by the 71 found; the 13 still being fixed are not added (would-be sum 1.1833). 清四乱/四乱 is a slogan. 全覆盖 has no number; 32条 is the scope of the 划界.")

# 38 市生态环境局等 (full-width digits): 其中 parts of a count, vehicles scrapped with the subsidy amount, rate answered
P = "截至１０月底"
row("市生态环境局、市公安局交通警察支队、市城市管理局",
    "完成重点行业企业挥发性有机物综合治理项目４５个,淘汰老旧柴油货车８００辆,城区道路机械化清扫率达到９０%以上。",
    "截至１０月底,已完成挥发性有机物综合治理项目３８个,其中涉及工业涂装企业２１个、包装印刷企业９个;累计淘汰国三及以下排放标准柴油货车６５２辆,发放补贴资金１９５６万元;城区道路机械化清扫率达到９２.５%。",
    targets=[M("４５个", 45, "个", "重点行业企业挥发性有机物综合治理项目"),
             M("８００辆", 800, "辆", "淘汰老旧柴油货车"),
             M("９０%", 90, "%", "城区道路机械化清扫率", bound="min")],
    actuals=[M("３８个", 38, "个", "已完成挥发性有机物综合治理项目", period=P),
             M("２１个", 21, "个", "工业涂装企业治理项目", period=P),
             M("９个", 9, "个", "包装印刷企业治理项目", period=P),
             M("６５２辆", 652, "辆", "累计淘汰柴油货车"),
             M("１９５６万元", 1956, "万元", "发放淘汰补贴资金"),
             M("９２.５%", 92.5, "%", "城区道路机械化清扫率")],
    pairs=[("t1", ["a1"]), ("t2", ["a4"]), ("t3", ["a6"])],
    note="Full-width digits (１０月底 is a date). 38/45 = 0.8444; the 其中 parts (21 + 9, not all of the 38) are not added. 652/800 = 0.815; the subsidy amount has no target. 国三 names an emission standard. 92.5/90 = 1.0278.")

# 39 县农业农村局等 (full-width digits): 复耕 vs 排查, rate, 其中 part, two protection floors answered by stocks
row("县农业农村局、县自然资源局、各乡镇(街道)",
    "完成撂荒耕地复耕复种８０００亩,耕地保有量不低于４６.２万亩,永久基本农田保护面积不少于３９.８万亩。",
    "全县累计排查撂荒耕地９６８０亩,已复耕复种８２６０亩,复耕率８５.３%,其中种植粮食作物６１２０亩;全县耕地保有量４６.５３万亩、永久基本农田３９.８６万亩,均完成上级下达的保护任务。",
    targets=[M("８０００亩", 8000, "亩", "撂荒耕地复耕复种"),
             M("４６.２万亩", 46.2, "万亩", "耕地保有量", bound="min"),
             M("３９.８万亩", 39.8, "万亩", "永久基本农田保护面积", bound="min")],
    actuals=[M("９６８０亩", 9680, "亩", "累计排查撂荒耕地"),
             M("８２６０亩", 8260, "亩", "已复耕复种"),
             M("８５.３%", 85.3, "%", "复耕率"),
             M("６１２０亩", 6120, "亩", "复耕种植粮食作物"),
             M("４６.５３万亩", 46.53, "万亩", "耕地保有量"),
             M("３９.８６万亩", 39.86, "万亩", "永久基本农田")],
    pairs=[("t1", ["a2"]), ("t2", ["a5"]), ("t3", ["a6"])],
    note="Full-width digits. 复耕复种 is answered by 8260亩 (1.0325), not by the 9680亩 found (the base of the 85.3% rate); the 其中 part 6120亩 is not added. 46.53/46.2 = 1.0071; 39.86/39.8 = 1.0015.")

# 40 县发展和改革局等: 户 target met by the sum of two kinds, households installed but not connected, a 预计 heating-season saving against 约, rate
P = "今年"
row("县发展和改革局、县生态环境分局、各乡镇(街道)",
    "完成农村清洁取暖改造5000户,削减散煤约1.5万吨,清洁取暖率提高到85%。",
    "今年已完成“气代煤”改造3120户、“电代煤”改造1460户并通过验收,另有520户“电代煤”用户已完成设备安装,待供电线路增容后通电;预计采暖季可削减散煤1.37万吨;全县清洁取暖率达到83.6%。",
    targets=[M("5000户", 5000, "户", "农村清洁取暖改造"),
             M("1.5万吨", 1.5, "万吨", "削减散煤", bound="approx"),
             M("85%", 85, "%", "清洁取暖率")],
    actuals=[M("3120户", 3120, "户", "完成“气代煤”改造", period=P),
             M("1460户", 1460, "户", "完成“电代煤”改造", period=P),
             M("520户", 520, "户", "已安装设备待通电的“电代煤”用户", period=P),
             M("1.37万吨", 1.37, "万吨", "预计采暖季削减散煤", period="采暖季"),
             M("83.6%", 83.6, "%", "清洁取暖率")],
    pairs=[("t1", ["a1", "a2"]), ("t3", ["a5"])],
    note="No total is written: 清洁取暖改造 = 气代煤 + 电代煤, 3120 + 1460 = 4580 (combine sum, 0.916); the 520 households not yet connected are not done (would-be sum 1.02). The coal saving is only 预计 for a heating season not yet over: t2 unpaired (would-be 0.9133). 83.6/85 = 0.9835.")


probe.write(Path(__file__).with_name("probe-ecology.gold.jsonl"))
