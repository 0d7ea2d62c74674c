"""Writes probe-notices.gold.jsonl: 40 rows written for this probe (not taken from any report) and
hand-annotated in the gold schema (corpus/SCHEMA.md). Each row is one item of a city or county
督查通报, 重点工作落实情况通报 or 半年工作总结, written in prose rather than table cells: the task is
one 重点工作 sentence or short paragraph holding one to five targets (一是…二是…, （一）…（二）…,
①②③, 、-lists with 分别, 各2个以上, 力争…以上, 确保…, 不少于, 控制在…以内, a range 80-100公里, 左右),
the progress is a bulletin paragraph naming its period (上半年, 1-8月, 截至9月30日, 前三季度) and
running several measures together with elided subjects (…完成投资58.9亿元,同比增长6.3%,占年度计划的
69.3%), with 同比/环比, 累计, 新增, 其中, 分别为, 较年初, 超/低于序时进度…个百分点, ranks (排名全市第3),
forecasts (预计全年…, not an answer), 据初步测算 estimates of a past period (an answer), restated
scopes, 已完成年度目标 without a number, 正在推进 / 已进场施工, candidates (已上报, 等待验收), and a
similar but different measure that does not answer (签约 vs 开工, 在建 vs 建成, 营业收入 vs 应税销售收入,
矛盾纠纷化解率 vs 信访化解率, 覆盖率 vs 回收利用率). Some rows have no answering actual at all, three are
answered by two parts summed (夏粮+秋粮 sown area, two housing projects, two road classes), and three
carry a year series (2021年至2024年分别为…) of which one element, or none, answers. Five rows are in
traditional characters, three use full-width digits, several count in Chinese numerals (十二个,
三百張, 五所). The owner is the unit the bulletin names as responsible.
Checks (gold_writer.py) that every annotated string occurs (nth), that no two mentions of a column
claim the same or overlapping spans, that no mention starts inside a longer number, that every
period occurs in the progress text, computes ratios (signed: a fall against a growth target is
negative), and lists digit and numeral runs left unannotated.
Run: python tests/cases/make_probe_bulletin_prose.py"""
from pathlib import Path

from gold_writer import M, O, ProbeSet

probe = ProbeSet("probe10")
row = probe.row


# ---------------------------------------------------------------------------------------------
# Economy
# ---------------------------------------------------------------------------------------------

# 1 县发展改革局: four growth targets, half-year growths, a level beside them, rank, acceleration
P = "上半年"
row("县发展改革局、县统计局",
    "（一）稳住经济基本盘。全年地区生产总值增长6.5%左右,规模以上工业增加值增长8%以上,固定资产投资增长10%,社会消费品零售总额增长7%。",
    "上半年,全县实现地区生产总值186.4亿元,同比增长5.9%,增速排名全市第3,较一季度加快0.4个百分点;规模以上工业增加值同比增长9.2%,高于全市平均水平1.5个百分点;固定资产投资同比增长7.8%,其中工业投资增长21.3%;社会消费品零售总额62.7亿元,同比增长6.4%。",
    targets=[M("6.5%", 6.5, "%", "地区生产总值", kind="growth", bound="approx"),
             M("8%", 8, "%", "规模以上工业增加值", kind="growth", bound="min"),
             M("10%", 10, "%", "固定资产投资", kind="growth"),
             M("7%", 7, "%", "社会消费品零售总额", kind="growth")],
    actuals=[M("186.4亿元", 186.4, "亿元", "地区生产总值", period=P),
             M("5.9%", 5.9, "%", "地区生产总值同比增长", kind="growth", period=P),
             M("0.4个百分点", 0.4, "个百分点", "增速较一季度加快", kind="growth", period=P),
             M("9.2%", 9.2, "%", "规模以上工业增加值同比增长", kind="growth", period=P),
             M("1.5个百分点", 1.5, "个百分点", "高于全市平均水平", period=P),
             M("7.8%", 7.8, "%", "固定资产投资同比增长", kind="growth", period=P),
             M("21.3%", 21.3, "%", "工业投资增长", kind="growth", period=P),
             M("62.7亿元", 62.7, "亿元", "社会消费品零售总额", period=P),
             M("6.4%", 6.4, "%", "社会消费品零售总额同比增长", kind="growth", period=P)],
    pairs=[("t1", ["a2"]), ("t2", ["a4"]), ("t3", ["a6"]), ("t4", ["a9"])],
    note="Growth targets answered by the half-year growths (5.9/6.5, 9.2/8, 7.8/10, 6.4/7); the levels 186.4亿元 and 62.7亿元 do not answer a growth target. 排名全市第3 is a rank; 一季度 a period; （一） an ordinal. 1.5个百分点 is a gap to the city average, 0.4个百分点 a change of the growth rate. 工业投资 has no target.")

# 2 市商务局: full-width digits, 力争突破 + 其中…以上, completion share, 分项 growths, a fall of 外资
P = "１－８月"
row("市商务局",
    "全年外贸进出口总额力争突破３２０亿元,其中出口２１０亿元以上;实际使用外资１．５亿美元。",
    "１－８月,全市完成外贸进出口总额２０８．６亿元,同比增长１１．２％,完成年度目标的６５．２％,其中出口１３７．４亿元、增长１５．８％,进口７１．２亿元、增长４．３％;实际使用外资０．９２亿美元,同比下降６．１％,主要受个别外资项目资金到位推迟影响。",
    targets=[M("３２０亿元", 320, "亿元", "外贸进出口总额", bound="min"),
             M("２１０亿元", 210, "亿元", "出口", bound="min"),
             M("１．５亿美元", 1.5, "亿美元", "实际使用外资")],
    actuals=[M("２０８．６亿元", 208.6, "亿元", "外贸进出口总额", period=P),
             M("１１．２％", 11.2, "%", "外贸进出口总额同比增长", kind="growth", period=P),
             M("６５．２％", 65.2, "%", "完成年度目标的(比例)", period=P),
             M("１３７．４亿元", 137.4, "亿元", "出口", period=P),
             M("１５．８％", 15.8, "%", "出口增长", kind="growth", period=P),
             M("７１．２亿元", 71.2, "亿元", "进口", period=P),
             M("４．３％", 4.3, "%", "进口增长", kind="growth", period=P),
             M("０．９２亿美元", 0.92, "亿美元", "实际使用外资", period=P),
             M("６．１％", 6.1, "%", "实际使用外资同比下降", kind="reduction", period=P)],
    pairs=[("t1", ["a1"]), ("t2", ["a4"]), ("t3", ["a8"])],
    note="Full-width digits and ％. 力争突破 = min; 其中出口…以上 a min sub-target. 208.6/320 = 0.6519 (the report's ６５．２％ is a completion share, not the answer); 137.4/210; 0.92/1.5. 进口 is the other part without a target. The fall of 外资 is explained (主要受…影响) but the level answers the level.")

# 3 县投资促进中心: 不少于, 亿元以上 thresholds, narrower 亿元以上 开工 inside a broader 开工 count, rank
P = "截至9月30日"
row("县投资促进中心、各乡镇(街道)",
    "全年新签约亿元以上项目不少于30个、协议总投资200亿元以上;新开工亿元以上招商项目15个;实际到位内资50亿元。",
    "截至9月30日,全县累计签约亿元以上项目26个,协议总投资158.3亿元,其中10亿元以上项目4个;已落地开工招商项目18个(含亿元以上项目9个),另有6个签约项目完成供地、正在办理施工许可;实际到位内资31.2亿元,同比增长9.7%,排名全市第2。",
    targets=[M("30个", 30, "个", "新签约亿元以上项目", bound="min"),
             M("200亿元", 200, "亿元", "协议总投资", bound="min"),
             M("15个", 15, "个", "新开工亿元以上招商项目"),
             M("50亿元", 50, "亿元", "实际到位内资")],
    other=[O("亿元以上", 1, "亿元", "class threshold (亿元以上项目, number implicit)", nth=0),
           O("亿元以上", 1, "亿元", "class threshold (亿元以上招商项目)", nth=2)],
    actuals=[M("亿元以上", 1, "亿元", "亿元以上项目(class)", nth=0),
             M("26个", 26, "个", "累计签约亿元以上项目", period=P),
             M("158.3亿元", 158.3, "亿元", "协议总投资", period=P),
             M("10亿元", 10, "亿元", "10亿元以上项目(class)"),
             M("4个", 4, "个", "签约10亿元以上项目", period=P),
             M("18个", 18, "个", "已落地开工招商项目", period=P),
             M("亿元以上", 1, "亿元", "亿元以上项目(class)", nth=2),
             M("9个", 9, "个", "已开工亿元以上招商项目", period=P),
             M("6个", 6, "个", "完成供地、正在办理施工许可的签约项目", period=P, nth=1),
             M("31.2亿元", 31.2, "亿元", "实际到位内资", period=P),
             M("9.7%", 9.7, "%", "实际到位内资同比增长", kind="growth", period=P)],
    pairs=[("t1", ["a2"]), ("t2", ["a3"]), ("t3", ["a8"]), ("t4", ["a10"])],
    note="The 亿元以上 开工 target is answered by the 含亿元以上项目9个 (0.6), not by the broader 18个 (all 开工招商项目, would-be 1.2). 6个 still getting permits have not started. 200亿元以上 swallows the second 亿元以上 of the task (nth 1 is inside the target span); in the progress the second 亿元以上 is inside 10亿元以上. 排名全市第2 is a rank. 6个 occurs first inside 26个 (nth 1).")

# 4 县重点项目服务中心: Chinese-numeral counts, 低于序时进度, 签约 does not answer 开工, restated scope
P = "上半年"
row("县发展改革局、县重点项目服务中心",
    "全年实施省市重点项目,新开工十二个,竣工投产八个,完成年度投资45亿元。",
    "上半年,全县26个省市重点项目累计完成投资19.6亿元,占年度计划的43.6%,低于序时进度6.4个百分点,其中续建项目14个均已复工;计划新开工的十二个项目中,已签订投资协议5个,其余正在开展前期工作,均未开工;竣工投产项目预计集中在四季度。",
    targets=[M("十二个", 12, "个", "新开工省市重点项目"),
             M("八个", 8, "个", "竣工投产省市重点项目"),
             M("45亿元", 45, "亿元", "完成年度投资")],
    actuals=[M("26个", 26, "个", "省市重点项目(scope)", period=P),
             M("19.6亿元", 19.6, "亿元", "累计完成投资", period=P),
             M("43.6%", 43.6, "%", "占年度计划的(比例)", period=P),
             M("6.4个百分点", 6.4, "个百分点", "低于序时进度", period=P),
             M("14个", 14, "个", "续建项目", period=P),
             M("十二个", 12, "个", "计划新开工项目(restated scope)"),
             M("5个", 5, "个", "已签订投资协议的计划新开工项目", period=P)],
    pairs=[("t3", ["a2"])],
    note="19.6/45 = 0.4356. 均未开工: 签订投资协议5个 does not answer 新开工 (would-be 0.4167). 竣工投产 only 预计 in 四季度, no number: unanswered. 26个 and the restated 十二个 are scopes.")

# ---------------------------------------------------------------------------------------------
# Livelihood
# ---------------------------------------------------------------------------------------------

# 5 市人社局: 确保…控制在…以内, 超序时进度, 已提前完成全年任务, 补贴性培训 answers 培训
P = "1-9月"
row("市人力资源和社会保障局",
    "全年城镇新增就业2.8万人,确保城镇登记失业率控制在3.5%以内;帮助失业人员再就业6000人、就业困难人员就业1500人;开展职业技能培训3万人次以上。",
    "1-9月,全市城镇新增就业2.31万人,完成年度目标的82.5%,超序时进度7.5个百分点;城镇登记失业率3.12%;帮助失业人员再就业6124人,就业困难人员就业1627人,已提前完成全年任务;开展补贴性职业技能培训2.46万人次,其中新就业形态劳动者培训3180人次。",
    targets=[M("2.8万人", 2.8, "万人", "城镇新增就业"),
             M("3.5%", 3.5, "%", "城镇登记失业率", bound="max"),
             M("6000人", 6000, "人", "失业人员再就业"),
             M("1500人", 1500, "人", "就业困难人员就业"),
             M("3万人次", 3, "万人次", "职业技能培训", bound="min")],
    actuals=[M("2.31万人", 2.31, "万人", "城镇新增就业", period=P),
             M("82.5%", 82.5, "%", "完成年度目标的(比例)", period=P),
             M("7.5个百分点", 7.5, "个百分点", "超序时进度", period=P),
             M("3.12%", 3.12, "%", "城镇登记失业率", period=P),
             M("6124人", 6124, "人", "失业人员再就业", period=P),
             M("1627人", 1627, "人", "就业困难人员就业", period=P),
             M("2.46万人次", 2.46, "万人次", "补贴性职业技能培训", period=P),
             M("3180人次", 3180, "人次", "新就业形态劳动者培训", period=P)],
    pairs=[("t1", ["a1"]), ("t2", ["a4"]), ("t3", ["a5"]), ("t4", ["a6"]), ("t5", ["a7"])],
    note="2.31/2.8 = 0.825 (the report's 82.5% share agrees but is not the answer). Max target 3.5% met at 3.12% (ratio 0.8914 < 1). 已提前完成全年任务 is confirmed by the numbers: 6124/6000 = 1.0207, 1627/1500 = 1.0847. 补贴性职业技能培训 is how the training target is reported (0.82); 新就业形态 is a part.")

# 6 縣民政局 (traditional): 三百張 in Chinese numerals, share target 佔比不低於, 預計 does not answer
P = "截至6月底"
row("縣民政局",
    "新增養老床位三百張,其中護理型床位佔比不低於60%;建成鄉鎮(街道)區域養老服務中心4個、村級互助養老服務站20個。",
    "截至6月底,全縣已新增養老床位186張,其中護理型床位121張,佔比65.1%;城東、河口2個區域養老服務中心已投入運營,另有2個正在裝修,預計9月底前建成;村級互助養老服務站建成13個,累計為2.1萬人次老年人提供助餐、助浴等服務。",
    targets=[M("三百張", 300, "張", "新增養老床位"),
             M("60%", 60, "%", "護理型床位佔比", bound="min"),
             M("4個", 4, "個", "區域養老服務中心"),
             M("20個", 20, "個", "村級互助養老服務站")],
    actuals=[M("186張", 186, "張", "新增養老床位", period=P),
             M("121張", 121, "張", "護理型床位", period=P),
             M("65.1%", 65.1, "%", "護理型床位佔比", period=P),
             M("2個", 2, "個", "已投入運營的區域養老服務中心", period=P, nth=0),
             M("2個", 2, "個", "正在裝修的區域養老服務中心", period=P, nth=1),
             M("13個", 13, "個", "建成村級互助養老服務站", period=P),
             M("2.1萬人次", 2.1, "萬人次", "助餐、助浴等服務老年人", period=P)],
    pairs=[("t1", ["a1"]), ("t2", ["a3"]), ("t3", ["a4"]), ("t4", ["a6"])],
    note="Traditional characters. 三百張 = 300 (0.62). The share target is answered by the share 65.1% (1.085), not the count 121張. Of the 區域中心 only the 2 in operation answer (0.5); the 2 being fitted out (預計9月底前建成) do not (would-be 1.0 with both).")

# 7 市教育局: Chinese numerals 十所/四所/六所/三所/五所, 已进场施工 does not answer 建成, 正在推进
P = "今年以来"
row("市教育局、市住房和城乡建设局",
    "新建、改扩建中小学和幼儿园十所,新增公办学位6000个以上;完成五所薄弱学校改造。",
    "今年以来,全市新建、改扩建的十所学校中,市实验小学东校区等四所已竣工并于秋季开学投入使用,新增公办学位2880个;其余六所均已进场施工,其中三所主体封顶,预计明年春季投用。五所薄弱学校改造项目已完成招标,正在推进。",
    targets=[M("十所", 10, "所", "新建、改扩建中小学和幼儿园"),
             M("6000个", 6000, "个", "新增公办学位", bound="min"),
             M("五所", 5, "所", "薄弱学校改造")],
    actuals=[M("十所", 10, "所", "新建、改扩建学校(restated scope)"),
             M("四所", 4, "所", "已竣工投用学校", period=P),
             M("2880个", 2880, "个", "新增公办学位", period=P),
             M("六所", 6, "所", "已进场施工学校", period=P),
             M("三所", 3, "所", "主体封顶学校", period=P),
             M("五所", 5, "所", "薄弱学校改造项目(restated scope)")],
    pairs=[("t1", ["a2"]), ("t2", ["a3"])],
    note="Counts in Chinese numerals. Only the four completed schools answer 新建、改扩建 (0.4); the six under construction (three topped out, 预计明年投用) do not. 2880/6000 = 0.48. The 薄弱学校 project is 正在推进 after tendering: unanswered; 十所 and 五所 in the progress restate the scope.")

# 8 区住建局: 改造 answered by 完工 not 开工, 惠及居民 of the finished ones, 正在施工 elevators
P = "截至8月底"
row("区住房和城乡建设局",
    "改造老旧小区56个、涉及居民1.2万户,同步加装电梯30台以上,新增停车位800个。",
    "截至8月底,全区56个老旧小区改造项目已全部开工,开工率100%,其中完工23个,惠及居民4860户;已加装电梯19台、正在施工12台;结合改造新增停车位640个。",
    targets=[M("56个", 56, "个", "改造老旧小区"),
             M("1.2万户", 1.2, "万户", "改造涉及居民"),
             M("30台", 30, "台", "加装电梯", bound="min"),
             M("800个", 800, "个", "新增停车位")],
    actuals=[M("56个", 56, "个", "已全部开工的老旧小区改造项目", period=P),
             M("100%", 100, "%", "开工率", period=P),
             M("23个", 23, "个", "完工老旧小区", period=P),
             M("4860户", 4860, "户", "惠及居民(完工小区)", period=P),
             M("19台", 19, "台", "已加装电梯", period=P),
             M("12台", 12, "台", "正在施工电梯", period=P),
             M("640个", 640, "个", "新增停车位", period=P)],
    pairs=[("t1", ["a3"]), ("t2", ["a4"]), ("t3", ["a5"]), ("t4", ["a7"])],
    note="改造 is answered by 完工23个 (0.4107); 全部开工 56个 is a weaker status (would-be 1.0). 4860户/1.2万户 = 0.405. 19台 installed answer (0.6333), 12台 under construction do not.")

# 9 市城市管理局: 一是…二是…三是…, 其中 sub-target, km, 占年度任务的, a platform count that is not 新增
P = "前三季度"
row("市城市管理局、市住房和城乡建设局",
    "一是新建改建城市道路25公里;二是新建改造雨污水管网60公里,其中雨污分流改造40公里;三是新增公共停车位3000个。",
    "前三季度,完成城市道路新改建18.6公里,其中新建道路11.2公里、改建道路7.4公里;新建改造雨污水管网52.3公里,占年度任务的87.2%,其中雨污分流改造35.8公里;新增公共停车泊位2650个,另有接入智慧停车平台的既有泊位1.2万个。",
    targets=[M("25公里", 25, "公里", "新建改建城市道路"),
             M("60公里", 60, "公里", "新建改造雨污水管网"),
             M("40公里", 40, "公里", "雨污分流改造"),
             M("3000个", 3000, "个", "新增公共停车位")],
    actuals=[M("18.6公里", 18.6, "公里", "城市道路新改建", period=P),
             M("11.2公里", 11.2, "公里", "新建道路", period=P),
             M("7.4公里", 7.4, "公里", "改建道路", period=P),
             M("52.3公里", 52.3, "公里", "新建改造雨污水管网", period=P),
             M("87.2%", 87.2, "%", "占年度任务的(比例)", period=P),
             M("35.8公里", 35.8, "公里", "雨污分流改造", period=P),
             M("2650个", 2650, "个", "新增公共停车泊位", period=P),
             M("1.2万个", 1.2, "万个", "接入智慧停车平台的既有泊位", period=P)],
    pairs=[("t1", ["a1"]), ("t2", ["a4"]), ("t3", ["a6"]), ("t4", ["a7"])],
    note="The road total 18.6公里 is given (0.744); its parts are not summed again. 52.3/60 = 0.8717, 35.8/40 = 0.895, 2650/3000 = 0.8833. 既有泊位1.2万个 connected to the platform are not new spaces.")

# ---------------------------------------------------------------------------------------------
# Governance
# ---------------------------------------------------------------------------------------------

# 10 县应急管理局: 分别下降10%和8%以上 (以上 binds to 8%), 同比分别下降 in the progress, enforcement counts
P = "1-10月"
row("县应急管理局、县安委会各成员单位",
    "生产安全事故起数和死亡人数分别下降10%和8%以上,确保不发生较大及以上生产安全事故。",
    "1-10月,全县共发生各类生产安全事故17起、死亡9人,同比分别下降22.7%和10%,未发生较大及以上生产安全事故;累计排查整改隐患4126项,立案处罚违法违规行为83起,罚款216.5万元。",
    targets=[M("10%", 10, "%", "生产安全事故起数", kind="reduction"),
             M("8%", 8, "%", "生产安全事故死亡人数", kind="reduction", bound="min")],
    actuals=[M("17起", 17, "起", "生产安全事故", period=P),
             M("9人", 9, "人", "生产安全事故死亡人数", period=P),
             M("22.7%", 22.7, "%", "生产安全事故起数同比下降", kind="reduction", period=P),
             M("10%", 10, "%", "死亡人数同比下降", kind="reduction", period=P),
             M("4126项", 4126, "项", "排查整改隐患", period=P),
             M("83起", 83, "起", "立案处罚违法违规行为", period=P),
             M("216.5万元", 216.5, "万元", "罚款", period=P)],
    pairs=[("t1", ["a3"]), ("t2", ["a4"])],
    note="Reductions with positive values: 22.7/10 = 2.27, 10/8 = 1.25. 分别 maps in order in both columns; 以上 binds to 8% only (schema). The counts 17起/9人 do not answer a percent reduction. 未发生较大及以上事故 has no number.")

# 11 市信访局: reduction target 以上, rate target, max target, a different 化解率, rank
P = "上半年"
row("市信访局",
    "信访总量同比下降5%以上,初信初访一次性化解率达到90%,重复信访率控制在10%以内。",
    "上半年,全市信访总量2863件次,同比下降12.4%,其中网上信访1570件次、占54.8%;初信初访一次性化解率93.6%,较上年同期提高2.1个百分点;重复信访率8.7%;排查化解矛盾纠纷3412件,化解率97.2%,信访工作考核排名全省第5。",
    targets=[M("5%", 5, "%", "信访总量", kind="reduction", bound="min"),
             M("90%", 90, "%", "初信初访一次性化解率"),
             M("10%", 10, "%", "重复信访率", bound="max")],
    actuals=[M("2863件次", 2863, "件次", "信访总量", period=P),
             M("12.4%", 12.4, "%", "信访总量同比下降", kind="reduction", period=P),
             M("1570件次", 1570, "件次", "网上信访", period=P),
             M("54.8%", 54.8, "%", "网上信访占比", period=P),
             M("93.6%", 93.6, "%", "初信初访一次性化解率", period=P),
             M("2.1个百分点", 2.1, "个百分点", "化解率较上年同期提高", kind="growth", period=P),
             M("8.7%", 8.7, "%", "重复信访率", period=P),
             M("3412件", 3412, "件", "排查化解矛盾纠纷", period=P),
             M("97.2%", 97.2, "%", "矛盾纠纷化解率", period=P)],
    pairs=[("t1", ["a2"]), ("t2", ["a5"]), ("t3", ["a7"])],
    note="12.4/5 = 2.48 (reduction), 93.6/90 = 1.04, 8.7/10 = 0.87 (max met). 矛盾纠纷化解率97.2% is a different rate from 初信初访一次性化解率 and does not answer. 一次性 is part of the metric's name. 排名全省第5 is a rank.")

# 12 县工信局: year series 2021-2024 of which the 2024 element answers, stock beside new, candidates awaiting 认定
P = "2021年至2024年"
row("县工业和信息化局",
    "2024年力争新增规模以上工业企业15家以上,新培育专精特新中小企业8家。",
    "从近几年情况看,2021年至2024年全县新增规模以上工业企业分别为9家、11家、13家和17家,2024年新增数创历年新高,规上工业企业总数达到186家;2024年新培育省级专精特新中小企业6家,另有4家已通过市级初审、等待省级认定。",
    targets=[M("15家", 15, "家", "新增规模以上工业企业", bound="min"),
             M("8家", 8, "家", "新培育专精特新中小企业")],
    actuals=[M("9家", 9, "家", "新增规模以上工业企业(2021年)", period=P),
             M("11家", 11, "家", "新增规模以上工业企业(2022年)", period=P),
             M("13家", 13, "家", "新增规模以上工业企业(2023年)", period=P),
             M("17家", 17, "家", "新增规模以上工业企业(2024年)", period=P),
             M("186家", 186, "家", "规上工业企业总数", period="2024年"),
             M("6家", 6, "家", "新培育省级专精特新中小企业", period="2024年", nth=1),
             M("4家", 4, "家", "等待省级认定的专精特新企业", period="2024年")],
    pairs=[("t1", ["a4"]), ("t2", ["a6"])],
    note="Year series with 分别为: only the last element (2024年) answers the 2024 target (17/15 = 1.1333); 2021-2023 are earlier years. The stock 186家 does not answer a 新增 target. 6/8 = 0.75; the 4家 awaiting 认定 are candidates (would-be 1.25 with them). 6家 occurs first inside 186家 (nth 1).")

# 13 市发展改革委: 1-11月 interim answers, 预计全年 forecasts do not, 回落 of the growth rate
P = "1-11月"
row("市发展和改革委员会、市商务局",
    "全年社会消费品零售总额增长6%,力争突破1000亿元;限额以上单位网上零售额增长15%。",
    "1-11月,全市实现社会消费品零售总额912.6亿元,同比增长5.2%,增速较1-10月回落0.3个百分点;限额以上单位通过公共网络实现的零售额76.4亿元,同比增长18.9%。综合各方面因素,预计全年社会消费品零售总额可达1003亿元左右,增长5.5%左右。",
    targets=[M("6%", 6, "%", "社会消费品零售总额", kind="growth"),
             M("1000亿元", 1000, "亿元", "社会消费品零售总额", bound="min"),
             M("15%", 15, "%", "限额以上单位网上零售额", kind="growth")],
    actuals=[M("912.6亿元", 912.6, "亿元", "社会消费品零售总额", period=P),
             M("5.2%", 5.2, "%", "社会消费品零售总额同比增长", kind="growth", period=P),
             M("0.3个百分点", 0.3, "个百分点", "增速较1-10月回落", kind="reduction", period=P),
             M("76.4亿元", 76.4, "亿元", "限额以上单位通过公共网络实现的零售额", period=P),
             M("18.9%", 18.9, "%", "限额以上单位网上零售额同比增长", kind="growth", period=P),
             M("1003亿元", 1003, "亿元", "预计全年社会消费品零售总额", period="全年"),
             M("5.5%", 5.5, "%", "预计全年社会消费品零售总额增长", kind="growth", period="全年")],
    pairs=[("t1", ["a2"]), ("t2", ["a1"]), ("t3", ["a5"])],
    note="The 1-11月 actuals answer (5.2/6 = 0.8667, 912.6/1000 = 0.9126, 18.9/15 = 1.26). 预计全年…1003亿元左右 / 5.5%左右 are forecasts and do not answer (would-be 1.003 and 0.9167). 1-10月 is a period.")

# 14 縣農業農村局 (traditional): sown area answered by 夏糧 + 秋糧 (sum), output only one season + forecast, 進場施工
P = "截至9月底"
row("縣農業農村局",
    "新建高標準農田2.5萬畝,糧食播種面積穩定在38萬畝以上、總產量達到16萬噸;新增市級以上農業產業化龍頭企業3家。",
    "截至9月底,2.5萬畝高標準農田建設項目已完成招標並全部進場施工,完成工程量的68%;夏糧播種面積15.2萬畝,總產量6.1萬噸,同比增長2.3%;秋糧播種面積23.4萬畝,長勢良好,預計全年糧食總產量16.3萬噸;新增市級龍頭企業2家,另有1家已上報省級認定。",
    targets=[M("2.5萬畝", 2.5, "萬畝", "新建高標準農田"),
             M("38萬畝", 38, "萬畝", "糧食播種面積", bound="min"),
             M("16萬噸", 16, "萬噸", "糧食總產量"),
             M("3家", 3, "家", "新增市級以上農業產業化龍頭企業")],
    actuals=[M("2.5萬畝", 2.5, "萬畝", "高標準農田建設項目(scope, 已進場施工)", period=P),
             M("68%", 68, "%", "完成工程量的(比例)", period=P),
             M("15.2萬畝", 15.2, "萬畝", "夏糧播種面積"),
             M("6.1萬噸", 6.1, "萬噸", "夏糧總產量"),
             M("2.3%", 2.3, "%", "夏糧總產量同比增長", kind="growth"),
             M("23.4萬畝", 23.4, "萬畝", "秋糧播種面積"),
             M("16.3萬噸", 16.3, "萬噸", "預計全年糧食總產量", period="全年"),
             M("2家", 2, "家", "新增市級龍頭企業", period=P),
             M("1家", 1, "家", "已上報省級認定的龍頭企業", period=P)],
    pairs=[("t2", ["a3", "a6"]), ("t4", ["a8"])],
    note="Traditional characters. 糧食播種面積 = 夏糧 + 秋糧: 15.2 + 23.4 = 38.6萬畝 (1.0158, sum). The farmland is only under construction (進場施工, 68% of works): t1 unanswered (would-be 1.0 on the restated scope). 總產量: only the summer season 6.1萬噸 is in and the year total is a forecast (預計16.3萬噸, would-be 1.0188): unanswered. 2/3 = 0.6667; the 1家 上報 is a candidate.")

# 15 市文旅局: 分别增长10%和12%, levels and growths of two metrics, holiday sub-figures, 等待验收
P = "前三季度"
row("市文化广电旅游局",
    "全年接待国内游客2800万人次、实现旅游总收入260亿元,分别增长10%和12%;新创建国家4A级旅游景区2家。",
    "前三季度,全市共接待国内游客2316.5万人次,同比增长14.2%,实现旅游总收入198.7亿元,同比增长11.6%;其中国庆假期接待游客186.3万人次、实现旅游收入15.8亿元。梅岭风景区已通过国家4A级旅游景区景观质量评审,正在等待省里组织验收。",
    targets=[M("2800万人次", 2800, "万人次", "接待国内游客"),
             M("260亿元", 260, "亿元", "旅游总收入"),
             M("10%", 10, "%", "接待国内游客", kind="growth"),
             M("12%", 12, "%", "旅游总收入", kind="growth"),
             M("2家", 2, "家", "新创建国家4A级旅游景区")],
    actuals=[M("2316.5万人次", 2316.5, "万人次", "接待国内游客", period=P),
             M("14.2%", 14.2, "%", "接待国内游客同比增长", kind="growth", period=P),
             M("198.7亿元", 198.7, "亿元", "旅游总收入", period=P),
             M("11.6%", 11.6, "%", "旅游总收入同比增长", kind="growth", period=P),
             M("186.3万人次", 186.3, "万人次", "国庆假期接待游客"),
             M("15.8亿元", 15.8, "亿元", "国庆假期旅游收入")],
    pairs=[("t1", ["a1"]), ("t2", ["a3"]), ("t3", ["a2"]), ("t4", ["a4"])],
    note="分别增长10%和12% maps onto 游客/收入. 2316.5/2800 = 0.8273, 198.7/260 = 0.7642, 14.2/10 = 1.42, 11.6/12 = 0.9667. The 国庆 figures are parts. 4A级 is a grade label; the scenic area awaits acceptance (等待验收): t5 unanswered.")

# 16 县发展改革局: 其中 sub-targets, 占年度计划, 超序时进度, 分别完成年度计划的 shares, parts add up to the total
P = "1-8月"
row("县发展改革局",
    "全年完成固定资产投资85亿元,其中产业投资不低于45亿元、基础设施投资30亿元,房地产开发投资降幅收窄。",
    "1-8月,全县完成固定资产投资58.9亿元,同比增长6.3%,占年度计划的69.3%,超序时进度2.6个百分点;其中产业投资32.7亿元、基础设施投资19.4亿元,分别完成年度计划的72.7%和64.7%,房地产开发投资6.8亿元,同比下降15.2%。",
    targets=[M("85亿元", 85, "亿元", "固定资产投资"),
             M("45亿元", 45, "亿元", "产业投资", bound="min"),
             M("30亿元", 30, "亿元", "基础设施投资")],
    actuals=[M("58.9亿元", 58.9, "亿元", "固定资产投资", period=P),
             M("6.3%", 6.3, "%", "固定资产投资同比增长", kind="growth", period=P),
             M("69.3%", 69.3, "%", "占年度计划的(比例)", period=P),
             M("2.6个百分点", 2.6, "个百分点", "超序时进度", period=P),
             M("32.7亿元", 32.7, "亿元", "产业投资", period=P),
             M("19.4亿元", 19.4, "亿元", "基础设施投资", period=P),
             M("72.7%", 72.7, "%", "产业投资完成年度计划的(比例)", period=P),
             M("64.7%", 64.7, "%", "基础设施投资完成年度计划的(比例)", period=P),
             M("6.8亿元", 6.8, "亿元", "房地产开发投资", period=P),
             M("15.2%", 15.2, "%", "房地产开发投资同比下降", kind="reduction", period=P)],
    pairs=[("t1", ["a1"]), ("t2", ["a5"]), ("t3", ["a6"])],
    note="58.9/85 = 0.6929, 32.7/45 = 0.7267, 19.4/30 = 0.6467; the shares 69.3%/72.7%/64.7% agree but are not the answers. 降幅收窄 has no number: the real-estate fall 15.2% has no target. 32.7 + 19.4 + 6.8 = 58.9 (parts beside the given total).")

# 17 区住建局: 保障性租赁住房 answered by two projects summed (套 + 间), 资格审核 not yet issued, 两个
P = "截至6月底"
row("区住房和城乡建设局、区房屋征收服务中心",
    "开工建设保障性租赁住房2000套（间）,向城镇住房困难家庭发放租赁补贴1200户以上。",
    "截至6月底,城北人才公寓项目开工建设保障性租赁住房1120套,高新区职工宿舍项目开工536间,两个项目主体工程均已进场施工;向812户城镇住房困难家庭发放租赁补贴163.4万元,另有206户正在资格审核。",
    targets=[M("2000套（间）", 2000, "套（间）", "开工建设保障性租赁住房"),
             M("1200户", 1200, "户", "发放租赁补贴家庭", bound="min")],
    actuals=[M("1120套", 1120, "套", "城北人才公寓项目开工保障性租赁住房", period=P),
             M("536间", 536, "间", "高新区职工宿舍项目开工", period=P),
             M("两个", 2, "个", "保障性租赁住房项目", period=P),
             M("812户", 812, "户", "发放租赁补贴家庭", period=P),
             M("163.4万元", 163.4, "万元", "租赁补贴金额", period=P),
             M("206户", 206, "户", "正在资格审核的家庭", period=P)],
    pairs=[("t1", ["a1", "a2"]), ("t2", ["a4"])],
    note="No total is given: the two projects (1120套 + 536间, both units of 套（间）) sum to 1656 (0.828). 812/1200 = 0.6767; the 206户 under review are not yet paid. 163.4万元 is money, not households.")

# 18 市科技局: 力争…分别…以上 governs both, 申报 candidates do not answer 净增, stock answers 总数
P = "截至9月30日"
row("市科学技术局",
    "力争高新技术企业、科技型中小企业分别净增50家、120家以上,高新技术企业总数达到420家;技术合同成交额突破30亿元;全社会研发投入强度达到2.5%。",
    "截至9月30日,今年第一批高新技术企业认定申报工作已完成,全市申报212家,其中首次申报96家,认定结果预计11月公布;目前有效期内高新技术企业371家。科技型中小企业评价入库486家,较上年末净增137家。技术合同登记成交额24.6亿元,同比增长31.4%。全社会研发投入强度统计数据按年度发布,暂无数据。",
    targets=[M("50家", 50, "家", "高新技术企业净增", bound="min"),
             M("120家", 120, "家", "科技型中小企业净增", bound="min"),
             M("420家", 420, "家", "高新技术企业总数"),
             M("30亿元", 30, "亿元", "技术合同成交额", bound="min"),
             M("2.5%", 2.5, "%", "全社会研发投入强度")],
    actuals=[M("212家", 212, "家", "高新技术企业认定申报", period=P),
             M("96家", 96, "家", "首次申报高新技术企业", period=P),
             M("371家", 371, "家", "有效期内高新技术企业", period=P),
             M("486家", 486, "家", "科技型中小企业评价入库", period=P),
             M("137家", 137, "家", "科技型中小企业较上年末净增", period=P),
             M("24.6亿元", 24.6, "亿元", "技术合同登记成交额", period=P),
             M("31.4%", 31.4, "%", "技术合同登记成交额同比增长", kind="growth", period=P)],
    pairs=[("t2", ["a5"]), ("t3", ["a3"]), ("t4", ["a6"])],
    note="力争 governs the 、-list with 分别…以上, so both 净增 targets are min. 高企净增 is unanswered: 212家/96家 are applications (results 预计11月公布; would-be 1.92 for 96家 first-time). The stock 371家 answers 总数 (0.8833); 137/120 = 1.1417 (not the stock 486家). 24.6/30 = 0.82. R&D intensity: 暂无数据. 第一批 is an ordinal.")

# 19 县商务局: growth targets, 7月当月环比 does not answer a year growth, 新增 vs 累计
P = "1-7月"
row("县商务局",
    "全年外贸进出口额增长8%,其中出口增长10%;新增有进出口实绩企业20家。",
    "1-7月,全县实现外贸进出口额43.8亿元,同比增长4.6%,增速较上半年提高1.3个百分点;其中出口36.1亿元,同比增长9.8%,7月当月出口环比增长12.7%。新增有进出口实绩企业14家,累计达到263家。",
    targets=[M("8%", 8, "%", "外贸进出口额", kind="growth"),
             M("10%", 10, "%", "出口", kind="growth"),
             M("20家", 20, "家", "新增有进出口实绩企业")],
    actuals=[M("43.8亿元", 43.8, "亿元", "外贸进出口额", period=P),
             M("4.6%", 4.6, "%", "外贸进出口额同比增长", kind="growth", period=P),
             M("1.3个百分点", 1.3, "个百分点", "增速较上半年提高", kind="growth", period=P),
             M("36.1亿元", 36.1, "亿元", "出口", period=P),
             M("9.8%", 9.8, "%", "出口同比增长", kind="growth", period=P),
             M("12.7%", 12.7, "%", "7月当月出口环比增长", kind="growth", period="7月当月"),
             M("14家", 14, "家", "新增有进出口实绩企业", period=P),
             M("263家", 263, "家", "有进出口实绩企业累计", period=P)],
    pairs=[("t1", ["a2"]), ("t2", ["a5"]), ("t3", ["a7"])],
    note="4.6/8 = 0.575; 9.8/10 = 0.98 (the month-on-month 12.7% of July alone does not answer a year-on-year growth). 14/20 = 0.7, not the stock 263家.")

# 20 市城管局: nothing answers: project spec, candidates in 公示, a coverage rate that is not the recovery rate
row("市城市管理局",
    "加快生活垃圾焚烧发电厂二期（日处理能力1000吨）建设,确保年内开工;新建垃圾分类示范小区100个,城市生活垃圾回收利用率达到40%。",
    "垃圾焚烧发电厂二期项目已完成环评批复和土地预审,EPC总承包招标文件正在编制,计划10月底前开工;垃圾分类示范小区创建已完成申报评审,拟命名示范小区84个,名单正在公示;全市已有326个小区实现分类投放设施全覆盖,覆盖率达78.4%,回收利用率待年底统一核算。",
    targets=[M("100个", 100, "个", "新建垃圾分类示范小区"),
             M("40%", 40, "%", "城市生活垃圾回收利用率")],
    other=[O("1000吨", 1000, "吨", "specification of the plant (日处理能力), not a year target")],
    actuals=[M("84个", 84, "个", "拟命名示范小区(公示中)"),
             M("326个", 326, "个", "分类投放设施全覆盖小区"),
             M("78.4%", 78.4, "%", "分类投放设施覆盖率")],
    note="No target is answered. The plant is still before 开工 (计划10月底前, no number). 84个 are in public notice, not yet named (would-be 0.84). 覆盖率78.4% is a different measure from 回收利用率 (待年底核算). 二期 is a phase; the capacity in the task is a specification.")

# 21 县卫健委: （一）（二）（三）, Chinese numerals 十五个/九个, 每千 basis, 较年初/较上年末
P = "截至9月底"
row("县卫生健康委员会",
    "（一）每千常住人口执业(助理)医师数达到3.2人;（二）新建村卫生室十五个;（三）家庭医生签约服务覆盖率稳定在40%以上,其中重点人群签约率达到75%。",
    "截至9月底,全县每千常住人口执业(助理)医师数为3.06人,较上年末增加0.14人;新建村卫生室十五个已全部完成主体建设,其中九个已通过验收投入使用;家庭医生签约服务覆盖率42.3%,重点人群签约率71.8%,较年初提高6.5个百分点。",
    targets=[M("3.2人", 3.2, "人", "每千常住人口执业(助理)医师数"),
             M("十五个", 15, "个", "新建村卫生室"),
             M("40%", 40, "%", "家庭医生签约服务覆盖率", bound="min"),
             M("75%", 75, "%", "重点人群签约率")],
    actuals=[M("3.06人", 3.06, "人", "每千常住人口执业(助理)医师数", period=P),
             M("0.14人", 0.14, "人", "较上年末增加", period=P),
             M("十五个", 15, "个", "完成主体建设的村卫生室(restated scope)", period=P),
             M("九个", 9, "个", "通过验收投入使用的村卫生室", period=P),
             M("42.3%", 42.3, "%", "家庭医生签约服务覆盖率", period=P),
             M("71.8%", 71.8, "%", "重点人群签约率", period=P),
             M("6.5个百分点", 6.5, "个百分点", "重点人群签约率较年初提高", kind="growth", period=P)],
    pairs=[("t1", ["a1"]), ("t2", ["a4"]), ("t3", ["a5"]), ("t4", ["a6"])],
    note="每千常住人口 is the basis of a rate. 新建 is answered by the nine accepted and in use (0.6); 主体建设 of all fifteen is a weaker status. 3.06/3.2 = 0.9563, 42.3/40 = 1.0575, 71.8/75 = 0.9573. The changes 0.14人 and 6.5个百分点 are not levels. （一）（二）（三） are ordinals.")

# 22 市生態環境局 (traditional): max target in 微克/立方米, min rate, 分別達到 two tonnages, 分別為 answers, rank
P = "1-9月"
row("市生態環境局",
    "PM2.5平均濃度控制在32微克/立方米以內,空氣質量優良天數比率達到88%以上;化學需氧量、氨氮重點工程減排量分別達到1200噸、150噸。",
    "1-9月,全市PM2.5平均濃度為30.8微克/立方米,同比下降4.3%;優良天數比率86.1%,同比下降1.5個百分點,在全省排名第6;重點減排工程已建成投運8個,化學需氧量、氨氮減排量分別為936噸、121噸,分別完成年度任務的78%和80.7%。",
    targets=[M("32微克/立方米", 32, "微克/立方米", "PM2.5平均濃度", bound="max"),
             M("88%", 88, "%", "空氣質量優良天數比率", bound="min"),
             M("1200噸", 1200, "噸", "化學需氧量重點工程減排量"),
             M("150噸", 150, "噸", "氨氮重點工程減排量")],
    actuals=[M("30.8微克/立方米", 30.8, "微克/立方米", "PM2.5平均濃度", period=P),
             M("4.3%", 4.3, "%", "PM2.5平均濃度同比下降", kind="reduction", period=P),
             M("86.1%", 86.1, "%", "優良天數比率", period=P),
             M("1.5個百分點", 1.5, "個百分點", "優良天數比率同比下降", kind="reduction", period=P),
             M("8個", 8, "個", "已建成投運重點減排工程", period=P),
             M("936噸", 936, "噸", "化學需氧量減排量", period=P),
             M("121噸", 121, "噸", "氨氮減排量", period=P),
             M("78%", 78, "%", "化學需氧量完成年度任務的(比例)", period=P),
             M("80.7%", 80.7, "%", "氨氮完成年度任務的(比例)", period=P)],
    pairs=[("t1", ["a1"]), ("t2", ["a3"]), ("t3", ["a6"]), ("t4", ["a7"])],
    note="Traditional characters. PM2.5 is a name (2.5 not a quantity). Max target met at 30.8 (0.9625); 86.1/88 = 0.9784; 936/1200 = 0.78, 121/150 = 0.8067 (分別 in order in both columns). 全省排名第6 is a rank.")

# 23 县交通运输局: full-width digits, 农村公路 answered by two road classes summed, 正在施工 bridges
P = "截至１０月底"
row("县交通运输局",
    "新改建农村公路１２０公里,实施危桥改造１５座,新增城乡公交线路３条。",
    "截至１０月底,全县完成县道升级改造３８．２公里,新改建通村公路和联网路５８．２公里;完成危桥改造１１座,其余４座正在进行桩基施工;新开通城乡公交线路３条,新增公交车辆２４台,惠及沿线群众约５．６万人。",
    targets=[M("１２０公里", 120, "公里", "新改建农村公路"),
             M("１５座", 15, "座", "危桥改造"),
             M("３条", 3, "条", "新增城乡公交线路")],
    actuals=[M("３８．２公里", 38.2, "公里", "县道升级改造", period=P),
             M("５８．２公里", 58.2, "公里", "新改建通村公路和联网路", period=P),
             M("１１座", 11, "座", "完成危桥改造", period=P),
             M("４座", 4, "座", "正在桩基施工的危桥", period=P),
             M("３条", 3, "条", "新开通城乡公交线路", period=P),
             M("２４台", 24, "台", "新增公交车辆", period=P),
             M("５．６万人", 5.6, "万人", "惠及沿线群众", period=P)],
    pairs=[("t1", ["a1", "a2"]), ("t2", ["a3"]), ("t3", ["a5"])],
    note="Full-width digits. 农村公路 covers 县道 and 通村/联网路: 38.2 + 58.2 = 96.4公里 (0.8033, sum). 11/15 = 0.7333; the 4 bridges in 桩基施工 do not answer. 3/3 = 1.0. 约 on an actual is not a bound.")

# 24 市发改委: 据初步测算 (an estimate of a past period) answers, shared 个百分点, rank, tax part
P = "前三季度"
row("市发展和改革委员会、市财政局",
    "全市地区生产总值增长6%左右,服务业增加值增长6.5%,一般公共预算收入增长5%。",
    "据初步测算,前三季度全市实现地区生产总值2136.7亿元,同比增长5.4%,增速排名全省第4,比全国、全省分别高0.6个和0.3个百分点;服务业增加值1124.5亿元,同比增长5.8%;一般公共预算收入152.3亿元,同比增长3.1%,其中税收收入108.6亿元、增长1.9%,税收占比71.3%。",
    targets=[M("6%", 6, "%", "地区生产总值", kind="growth", bound="approx"),
             M("6.5%", 6.5, "%", "服务业增加值", kind="growth"),
             M("5%", 5, "%", "一般公共预算收入", kind="growth", nth=1)],
    actuals=[M("2136.7亿元", 2136.7, "亿元", "地区生产总值", period=P),
             M("5.4%", 5.4, "%", "地区生产总值同比增长", kind="growth", period=P),
             M("0.6个", 0.6, "个百分点", "增速比全国高", period=P, unit_inferred=True),
             M("0.3个百分点", 0.3, "个百分点", "增速比全省高", period=P),
             M("1124.5亿元", 1124.5, "亿元", "服务业增加值", period=P),
             M("5.8%", 5.8, "%", "服务业增加值同比增长", kind="growth", period=P),
             M("152.3亿元", 152.3, "亿元", "一般公共预算收入", period=P),
             M("3.1%", 3.1, "%", "一般公共预算收入同比增长", kind="growth", period=P),
             M("108.6亿元", 108.6, "亿元", "税收收入", period=P),
             M("1.9%", 1.9, "%", "税收收入增长", kind="growth", period=P),
             M("71.3%", 71.3, "%", "税收占比", period=P)],
    pairs=[("t1", ["a2"]), ("t2", ["a6"]), ("t3", ["a8"])],
    note="据初步测算 estimates a period that has ended (前三季度): it answers, unlike a 预计全年 forecast. 5.4/6 = 0.9, 5.8/6.5 = 0.8923, 3.1/5 = 0.62. 0.6个 shares 百分点 with 0.3个百分点 (unit inferred). 排名全省第4 is a rank. 5% occurs first inside 6.5% in the task (nth 1).")

# 25 市政务服务数据局: min rates, 新上线 vs 累计 items, 12345 is a name, 一件事一次办 a slogan
P = "上半年"
row("市政务服务和数据管理局",
    "12345政务服务便民热线按时办结率达到98%以上、群众满意率不低于95%;全年新增“一件事一次办”集成服务事项20项。",
    "上半年,12345热线共受理群众诉求18.6万件,同比增长7.2%,其中转办工单6.3万件,按时办结率98.7%,群众满意率94.1%,较上年同期下降0.8个百分点;新上线“一件事一次办”集成服务事项12项,累计达到46项,平均减少跑动次数3.2次。",
    targets=[M("98%", 98, "%", "按时办结率", bound="min"),
             M("95%", 95, "%", "群众满意率", bound="min"),
             M("20项", 20, "项", "新增“一件事一次办”集成服务事项")],
    actuals=[M("18.6万件", 18.6, "万件", "受理群众诉求", period=P),
             M("7.2%", 7.2, "%", "受理群众诉求同比增长", kind="growth", period=P),
             M("6.3万件", 6.3, "万件", "转办工单", period=P),
             M("98.7%", 98.7, "%", "按时办结率", period=P),
             M("94.1%", 94.1, "%", "群众满意率", period=P),
             M("0.8个百分点", 0.8, "个百分点", "满意率较上年同期下降", kind="reduction", period=P),
             M("12项", 12, "项", "新上线“一件事一次办”集成服务事项", period=P),
             M("46项", 46, "项", "“一件事一次办”集成服务事项累计", period=P),
             M("3.2次", 3.2, "次", "平均减少跑动次数", period=P)],
    pairs=[("t1", ["a4"]), ("t2", ["a5"]), ("t3", ["a7"])],
    note="98.7/98 = 1.0071; 94.1/95 = 0.9905 (min target missed); 新增 answered by 新上线12项 (0.6), not the stock 46项. 12345 is the hotline's name; “一件事一次办” a slogan (its 一 are not counts).")

# 26 县农业农村局: year series 2021-2023 (none answers), 年均增长, 前三季度 per-capita income, 预计 vs 已达标
P = "前三季度"
row("县农业农村局、县乡村振兴局",
    "农村居民人均可支配收入增长7.5%,力争达到2.4万元;村级集体经济年收入50万元以上的村达到30个。",
    "2021年至2023年,全县农村居民人均可支配收入分别为19862元、21236元和22591元,年均增长6.6%;今年前三季度,农村居民人均可支配收入17684元,同比增长7.9%。经初步摸排,今年村级集体经济年收入50万元以上的村预计可达32个,目前已有23个村提前达标。",
    targets=[M("7.5%", 7.5, "%", "农村居民人均可支配收入", kind="growth"),
             M("2.4万元", 2.4, "万元", "农村居民人均可支配收入"),
             M("30个", 30, "个", "村级集体经济年收入50万元以上的村")],
    other=[O("50万元", 50, "万元", "class threshold (年收入50万元以上的村)")],
    actuals=[M("19862元", 19862, "元", "农村居民人均可支配收入(2021年)", period="2021年至2023年"),
             M("21236元", 21236, "元", "农村居民人均可支配收入(2022年)", period="2021年至2023年"),
             M("22591元", 22591, "元", "农村居民人均可支配收入(2023年)", period="2021年至2023年"),
             M("6.6%", 6.6, "%", "农村居民人均可支配收入年均增长", kind="growth", period="2021年至2023年"),
             M("17684元", 17684, "元", "农村居民人均可支配收入", period=P),
             M("7.9%", 7.9, "%", "农村居民人均可支配收入同比增长", kind="growth", period=P),
             M("50万元", 50, "万元", "年收入50万元以上的村(class)"),
             M("32个", 32, "个", "预计年收入50万元以上的村"),
             M("23个", 23, "个", "已提前达标的村")],
    pairs=[("t1", ["a6"]), ("t2", ["a5"]), ("t3", ["a9"])],
    note="The 2021-2023 series are earlier years and none answers this year's target (22591 would be 0.9413). The 前三季度 figures answer: 7.9/7.5 = 1.0533; 17684元 against 2.4万元 is the interim cumulative (0.7368). 预计可达32个 is a forecast (would-be 1.0667); 23个 already reached answer (0.7667).")

# 27 市住建局: 新开工 answers, 在建 / 主体封顶 do not answer 基本建成, 方案编制 not 启动
P = "截至9月底"
row("市住房和城乡建设局",
    "棚户区改造新开工3500套、基本建成2800套;启动城中村改造项目5个。",
    "截至9月底,全市棚户区改造新开工2960套,开工率84.6%;在建安置房项目17个、11860套,其中主体封顶4320套;城中村改造项目已完成入户调查和征收补偿方案编制3个,正在报批。",
    targets=[M("3500套", 3500, "套", "棚户区改造新开工"),
             M("2800套", 2800, "套", "棚户区改造基本建成"),
             M("5个", 5, "个", "启动城中村改造项目")],
    actuals=[M("2960套", 2960, "套", "棚户区改造新开工", period=P),
             M("84.6%", 84.6, "%", "开工率", period=P),
             M("17个", 17, "个", "在建安置房项目", period=P),
             M("11860套", 11860, "套", "在建安置房", period=P),
             M("4320套", 4320, "套", "主体封顶安置房", period=P),
             M("3个", 3, "个", "完成入户调查和征收补偿方案编制的城中村改造项目", period=P)],
    pairs=[("t1", ["a1"])],
    note="2960/3500 = 0.8457. 基本建成 is not answered: 在建11860套 and 主体封顶4320套 are weaker statuses (would-be 1.5429 for 主体封顶). 3个 with plans 正在报批 are not yet 启动 (would-be 0.6).")

# 28 区教育局: 各150个以上 over two areas, 3岁 class threshold, parts beside the total, 较年初增加
P = "截至8月底"
row("区教育局、区卫生健康局",
    "新增普惠性托位500个,其中城区、乡镇各150个以上;每千人口拥有3岁以下婴幼儿托位数达到4.5个。",
    "截至8月底,全区新增普惠性托位368个,其中城区新增217个、乡镇新增103个、用人单位办托48个;每千人口拥有3岁以下婴幼儿托位数3.86个,较年初增加0.42个。",
    targets=[M("500个", 500, "个", "新增普惠性托位"),
             M("各150个", 150, "个", "城区新增普惠性托位", bound="min"),
             M("各150个", 150, "个", "乡镇新增普惠性托位", bound="min"),
             M("4.5个", 4.5, "个", "每千人口拥有3岁以下婴幼儿托位数")],
    other=[O("3岁", 3, "岁", "class threshold (3岁以下婴幼儿)")],
    actuals=[M("368个", 368, "个", "新增普惠性托位", period=P),
             M("217个", 217, "个", "城区新增普惠性托位", period=P),
             M("103个", 103, "个", "乡镇新增普惠性托位", period=P),
             M("48个", 48, "个", "用人单位办托托位", period=P),
             M("3岁", 3, "岁", "3岁以下婴幼儿(class)"),
             M("3.86个", 3.86, "个", "每千人口拥有3岁以下婴幼儿托位数", period=P),
             M("0.42个", 0.42, "个", "较年初增加", period=P)],
    pairs=[("t1", ["a1"]), ("t2", ["a2"]), ("t3", ["a3"]), ("t4", ["a6"])],
    note="各150个以上 is two min targets on one span. 368/500 = 0.736; 城区 217/150 = 1.4467; 乡镇 103/150 = 0.6867; 3.86/4.5 = 0.8578 (每千人口 is the basis). 217 + 103 + 48 = 368 (parts beside the total). 0.42个 is a change.")

# 29 县发展改革局: nothing answers: 签约 vs 开工, 在建 (broader) vs 新开工, 竣工 only 预计
P = "1-9月"
row("县发展改革局、县投资促进中心",
    "围绕“链长制”招引落地,全年新开工5000万元以上产业项目40个、竣工投产25个。",
    "1-9月,全县新签约5000万元以上产业项目38个,协议投资额96.4亿元;新开工项目尚在统计口径核对中,据初步统计全县在建5000万元以上产业项目63个;竣工投产项目预计四季度集中释放。",
    targets=[M("40个", 40, "个", "新开工5000万元以上产业项目"),
             M("25个", 25, "个", "竣工投产5000万元以上产业项目")],
    other=[O("5000万元", 5000, "万元", "class threshold (5000万元以上产业项目)")],
    actuals=[M("5000万元", 5000, "万元", "5000万元以上产业项目(class)", nth=0),
             M("38个", 38, "个", "新签约5000万元以上产业项目", period=P),
             M("96.4亿元", 96.4, "亿元", "协议投资额", period=P),
             M("5000万元", 5000, "万元", "5000万元以上产业项目(class)", nth=1),
             M("63个", 63, "个", "在建5000万元以上产业项目", period=P)],
    note="No target is answered. 签约38个 is not 开工 (would-be 0.95); 在建63个 includes continuing projects, a broader aggregate than 新开工 (would-be 1.575); the 新开工 count itself is still being checked. 竣工投产 only 预计四季度, no number.")

# 30 市市場監管局 (traditional): 新登記 vs 實有 stock, 較年初增長, 其中 parts, 完成年度任務的
P = "前三季度"
row("市市場監督管理局",
    "全年新登記各類經營主體3.5萬戶以上,其中新設企業1.2萬戶;新增「個轉企」300戶。",
    "截至9月30日,全市實有經營主體48.6萬戶,較年初增長6.8%;前三季度新登記經營主體2.87萬戶,同比增長4.2%,其中新設企業9236戶、個體工商戶1.91萬戶;完成「個轉企」186戶,完成年度任務的62%。",
    targets=[M("3.5萬戶", 3.5, "萬戶", "新登記各類經營主體", bound="min"),
             M("1.2萬戶", 1.2, "萬戶", "新設企業"),
             M("300戶", 300, "戶", "新增「個轉企」")],
    actuals=[M("48.6萬戶", 48.6, "萬戶", "實有經營主體", period="截至9月30日"),
             M("6.8%", 6.8, "%", "實有經營主體較年初增長", kind="growth", period="截至9月30日"),
             M("2.87萬戶", 2.87, "萬戶", "新登記經營主體", period=P),
             M("4.2%", 4.2, "%", "新登記經營主體同比增長", kind="growth", period=P),
             M("9236戶", 9236, "戶", "新設企業", period=P),
             M("1.91萬戶", 1.91, "萬戶", "新登記個體工商戶", period=P),
             M("186戶", 186, "戶", "完成「個轉企」", period=P),
             M("62%", 62, "%", "完成年度任務的(比例)", period=P)],
    pairs=[("t1", ["a3"]), ("t2", ["a5"]), ("t3", ["a7"])],
    note="Traditional characters. 新登記 is answered by 2.87萬戶 (0.82), not the stock 實有48.6萬戶. 9236戶 against 1.2萬戶 = 0.7697 (units converted). 186/300 = 0.62.")

# 31 县水利局: a range target (lower end), max target missed, 仍高于年度控制目标 gap
P = "前三季度"
row("县水利局、县城乡供水公司",
    "实施城乡供水一体化工程,新建改造供水管网80-100公里,农村自来水普及率达到98%;城市公共供水管网漏损率控制在9%以内。",
    "前三季度,全县新建改造供水管网63.5公里,其中城区管网改造12.8公里、农村供水主管网50.7公里;农村自来水普及率97.6%,较上年末提高0.9个百分点;城市公共供水管网漏损率9.4%,同比下降1.1个百分点,仍高于年度控制目标0.4个百分点。",
    targets=[M("80-100公里", 80, "公里", "新建改造供水管网", bound="range", value_max=100),
             M("98%", 98, "%", "农村自来水普及率"),
             M("9%", 9, "%", "城市公共供水管网漏损率", bound="max")],
    actuals=[M("63.5公里", 63.5, "公里", "新建改造供水管网", period=P),
             M("12.8公里", 12.8, "公里", "城区管网改造", period=P),
             M("50.7公里", 50.7, "公里", "农村供水主管网", period=P),
             M("97.6%", 97.6, "%", "农村自来水普及率", period=P),
             M("0.9个百分点", 0.9, "个百分点", "普及率较上年末提高", kind="growth", period=P),
             M("9.4%", 9.4, "%", "城市公共供水管网漏损率", period=P),
             M("1.1个百分点", 1.1, "个百分点", "漏损率同比下降", kind="reduction", period=P),
             M("0.4个百分点", 0.4, "个百分点", "高于年度控制目标", period=P)],
    pairs=[("t1", ["a1"]), ("t2", ["a4"]), ("t3", ["a6"])],
    note="Range target: ratio against the lower end, 63.5/80 = 0.7937. 97.6/98 = 0.9959. Max target missed: 9.4/9 = 1.0444 (> 1; the text's 0.4个百分点 is the gap). The parts 12.8 + 50.7 = 63.5 sit beside the given total.")

# 32 市工信局: ①②③④ list, 突破 min, 待次月入库 not yet counted, 利润 without target
P = "1-8月"
row("市工业和信息化局",
    "①规模以上工业增加值增长8.5%;②规模以上工业营业收入突破3000亿元;③新增规上工业企业120家;④实施技术改造项目200项以上,完成技改投资150亿元。",
    "1-8月,全市规模以上工业增加值同比增长7.9%,比1-7月提高0.5个百分点;实现营业收入1986.3亿元,同比增长6.2%;利润总额112.8亿元,同比下降3.6%。新增入库规上工业企业87家,另有23家已达规模、待次月入库。实施技术改造项目168项,完成技改投资96.5亿元,同比增长12.4%。",
    targets=[M("8.5%", 8.5, "%", "规模以上工业增加值", kind="growth"),
             M("3000亿元", 3000, "亿元", "规模以上工业营业收入", bound="min"),
             M("120家", 120, "家", "新增规上工业企业"),
             M("200项", 200, "项", "实施技术改造项目", bound="min"),
             M("150亿元", 150, "亿元", "技改投资")],
    actuals=[M("7.9%", 7.9, "%", "规模以上工业增加值同比增长", kind="growth", period=P),
             M("0.5个百分点", 0.5, "个百分点", "增速比1-7月提高", kind="growth", period=P),
             M("1986.3亿元", 1986.3, "亿元", "规模以上工业营业收入", period=P),
             M("6.2%", 6.2, "%", "营业收入同比增长", kind="growth", period=P),
             M("112.8亿元", 112.8, "亿元", "利润总额", period=P),
             M("3.6%", 3.6, "%", "利润总额同比下降", kind="reduction", period=P),
             M("87家", 87, "家", "新增入库规上工业企业", period=P),
             M("23家", 23, "家", "已达规模待次月入库企业", period=P),
             M("168项", 168, "项", "实施技术改造项目", period=P),
             M("96.5亿元", 96.5, "亿元", "技改投资", period=P),
             M("12.4%", 12.4, "%", "技改投资同比增长", kind="growth", period=P)],
    pairs=[("t1", ["a1"]), ("t2", ["a3"]), ("t3", ["a7"]), ("t4", ["a9"]), ("t5", ["a10"])],
    note="①②③④ are list markers. 7.9/8.5 = 0.9294, 1986.3/3000 = 0.6621, 87/120 = 0.725 (the 23家 待入库 are not yet counted), 168/200 = 0.84, 96.5/150 = 0.6433. 利润 has no target.")

# 33 县住建局: 处/个/座, 力争…以上 bound to its own number, 正在硬化 not built, stock target answered by the stock
P = "截至9月底"
row("县住房和城乡建设局、县城市管理局",
    "新建公共停车场6处、新增公共停车泊位1500个;新建公共充电桩200个、换电站2座,力争城区公共充电桩总数达到800个以上。",
    "截至9月底,全县已建成公共停车场4处,新增公共停车泊位1120个,另有2处停车场正在进行地面硬化;新建公共充电桩156个,城区公共充电桩总数达到712个;换电站项目已完成选址,正在办理用地手续。",
    targets=[M("6处", 6, "处", "新建公共停车场"),
             M("1500个", 1500, "个", "新增公共停车泊位"),
             M("200个", 200, "个", "新建公共充电桩"),
             M("2座", 2, "座", "换电站"),
             M("800个", 800, "个", "城区公共充电桩总数", bound="min")],
    actuals=[M("4处", 4, "处", "已建成公共停车场", period=P),
             M("1120个", 1120, "个", "新增公共停车泊位", period=P),
             M("2处", 2, "处", "正在地面硬化的停车场", period=P),
             M("156个", 156, "个", "新建公共充电桩", period=P),
             M("712个", 712, "个", "城区公共充电桩总数", period=P)],
    pairs=[("t1", ["a1"]), ("t2", ["a2"]), ("t3", ["a4"]), ("t5", ["a5"])],
    note="4/6 = 0.6667 (the 2处 being paved do not count), 1120/1500 = 0.7467, 156/200 = 0.78, 712/800 = 0.89 (stock against stock). 换电站 only sited: unanswered. 力争 binds to the last clause.")

# 34 区财政局: year series 2021-2024 whose 2024 element answers, 年均增长, 其中2024年 growth, share min
P = "2021年至2024年"
row("区财政局",
    "2024年一般公共预算收入达到33亿元、增长5%以上,其中税收收入占比不低于70%。",
    "2021年至2024年,全区一般公共预算收入分别为28.6亿元、30.2亿元、31.9亿元和33.8亿元,年均增长5.7%,其中2024年同比增长6%,税收收入24.1亿元,占一般公共预算收入的比重为71.3%,较上年提高1.6个百分点。",
    targets=[M("33亿元", 33, "亿元", "一般公共预算收入"),
             M("5%", 5, "%", "一般公共预算收入", kind="growth", bound="min"),
             M("70%", 70, "%", "税收收入占比", bound="min")],
    actuals=[M("28.6亿元", 28.6, "亿元", "一般公共预算收入(2021年)", period=P),
             M("30.2亿元", 30.2, "亿元", "一般公共预算收入(2022年)", period=P),
             M("31.9亿元", 31.9, "亿元", "一般公共预算收入(2023年)", period=P),
             M("33.8亿元", 33.8, "亿元", "一般公共预算收入(2024年)", period=P),
             M("5.7%", 5.7, "%", "一般公共预算收入年均增长", kind="growth", period=P),
             M("6%", 6, "%", "一般公共预算收入同比增长", kind="growth", period="2024年"),
             M("24.1亿元", 24.1, "亿元", "税收收入", period="2024年"),
             M("71.3%", 71.3, "%", "税收收入占一般公共预算收入的比重", period="2024年"),
             M("1.6个百分点", 1.6, "个百分点", "比重较上年提高", kind="growth", period="2024年")],
    pairs=[("t1", ["a4"]), ("t2", ["a6"]), ("t3", ["a8"])],
    note="Year series with 分别为: the 2024 element 33.8亿元 answers (1.0242), the earlier years do not. The growth target is answered by 2024年同比增长6% (1.2), not the 2021-2024 年均5.7%. 71.3/70 = 1.0186.")

# 35 县林业局: 已提前完成年度目标 with a number, 计划秋冬季实施, forecast rate does not answer
row("县林业局",
    "完成人工造林1.5万亩、森林抚育3万亩,森林覆盖率提高到62%。",
    "春季造林已于4月底全面结束,全县完成人工造林1.62万亩,已提前完成年度目标;森林抚育项目已完成作业设计审批,计划秋冬季实施;森林覆盖率需待年度森林资源监测数据发布后确定,预计可达62.1%。",
    targets=[M("1.5万亩", 1.5, "万亩", "人工造林"),
             M("3万亩", 3, "万亩", "森林抚育"),
             M("62%", 62, "%", "森林覆盖率")],
    actuals=[M("1.62万亩", 1.62, "万亩", "完成人工造林", period="春季"),
             M("62.1%", 62.1, "%", "预计森林覆盖率")],
    pairs=[("t1", ["a1"])],
    note="1.62/1.5 = 1.08. 森林抚育 is only planned (计划秋冬季实施): unanswered. The coverage rate is a forecast (预计可达62.1%, would-be 1.0016) pending monitoring data: unanswered. 4月底 is a date.")

# 36 市人社局: full-width digits, min rate, 完成年度任务的, growth of a loan amount, 带动就业 without target
P = "截至６月底"
row("市人力资源和社会保障局、市财政局",
    "城乡居民基本养老保险参保率稳定在９５％以上,新增企业职工养老保险参保２万人,发放创业担保贷款３亿元、扶持创业１５００人。",
    "截至６月底,全市城乡居民基本养老保险参保人数１２８．６万人,参保率９６．２％;新增企业职工养老保险参保１．１４万人,完成年度任务的５７％;累计发放创业担保贷款２．０３亿元,同比增长１８．５％,扶持创业１１２６人,带动就业３４０８人。",
    targets=[M("９５％", 95, "%", "城乡居民基本养老保险参保率", bound="min"),
             M("２万人", 2, "万人", "新增企业职工养老保险参保"),
             M("３亿元", 3, "亿元", "发放创业担保贷款"),
             M("１５００人", 1500, "人", "扶持创业")],
    actuals=[M("１２８．６万人", 128.6, "万人", "城乡居民基本养老保险参保人数", period=P),
             M("９６．２％", 96.2, "%", "城乡居民基本养老保险参保率", period=P),
             M("１．１４万人", 1.14, "万人", "新增企业职工养老保险参保", period=P),
             M("５７％", 57, "%", "完成年度任务的(比例)", period=P),
             M("２．０３亿元", 2.03, "亿元", "累计发放创业担保贷款", period=P),
             M("１８．５％", 18.5, "%", "创业担保贷款同比增长", kind="growth", period=P),
             M("１１２６人", 1126, "人", "扶持创业", period=P),
             M("３４０８人", 3408, "人", "带动就业", period=P)],
    pairs=[("t1", ["a2"]), ("t2", ["a3"]), ("t3", ["a5"]), ("t4", ["a7"])],
    note="Full-width digits and ％. 96.2/95 = 1.0126 (the rate, not the headcount 128.6万人); 1.14/2 = 0.57; 2.03/3 = 0.6767; 1126/1500 = 0.7507. 带动就业 has no target.")

# 37 縣住建局 (traditional): 二十個 in Chinese numerals, 開工 vs 完工, 第一批 delivered + 第二批 預計 (not summed), 分別為
P = "上半年"
row("縣住房和城鄉建設局",
    "完成老舊小區改造二十個、棚戶區改造安置房交付1200套;新建改造燃氣管網15公里、供熱管網8公里。",
    "上半年,全縣20個老舊小區改造項目已開工16個,其中完工6個;棚改安置房第一批交付528套,第二批672套預計年底前交付;新建改造燃氣管網、供熱管網分別為9.6公里和5.2公里,分別完成年度任務的64%和65%。",
    targets=[M("二十個", 20, "個", "完成老舊小區改造"),
             M("1200套", 1200, "套", "棚戶區改造安置房交付"),
             M("15公里", 15, "公里", "新建改造燃氣管網"),
             M("8公里", 8, "公里", "新建改造供熱管網")],
    actuals=[M("20個", 20, "個", "老舊小區改造項目(scope)", period=P),
             M("16個", 16, "個", "已開工老舊小區改造項目", period=P),
             M("6個", 6, "個", "完工老舊小區", period=P, nth=1),
             M("528套", 528, "套", "第一批交付安置房", period=P),
             M("672套", 672, "套", "第二批預計交付安置房"),
             M("9.6公里", 9.6, "公里", "新建改造燃氣管網", period=P),
             M("5.2公里", 5.2, "公里", "新建改造供熱管網", period=P),
             M("64%", 64, "%", "燃氣管網完成年度任務的(比例)", period=P),
             M("65%", 65, "%", "供熱管網完成年度任務的(比例)", period=P)],
    pairs=[("t1", ["a3"]), ("t2", ["a4"]), ("t3", ["a6"]), ("t4", ["a7"])],
    note="Traditional characters. 完成改造 is answered by 完工6個 (0.3), not 開工16個. 528 delivered answer (0.44); the second batch 672套 is only 預計 and is not added (528 + 672 would be exactly 1.0). 9.6/15 = 0.64, 5.2/8 = 0.65. 第一批/第二批 are ordinals. 6個 occurs first inside 16個 (nth 1).")

# 38 县财政局: a broader aggregate (减税降费及退税缓费) does not answer, its 其中 part does; share target
P = "1-8月"
row("县财政局、县税务局",
    "落实减税降费政策,全年为经营主体新增减税降费2亿元以上;兑现惠企政策资金5000万元,惠企政策“免申即享”比例达到50%。",
    "1-8月,全县累计新增减税降费及退税缓费1.62亿元,其中留抵退税0.86亿元、新增减税降费0.76亿元;兑现各级惠企政策资金4387万元,惠及企业1263家,其中通过“免申即享”方式兑现2916万元,占比66.5%。",
    targets=[M("2亿元", 2, "亿元", "新增减税降费", bound="min"),
             M("5000万元", 5000, "万元", "兑现惠企政策资金"),
             M("50%", 50, "%", "惠企政策“免申即享”比例")],
    actuals=[M("1.62亿元", 1.62, "亿元", "新增减税降费及退税缓费", period=P),
             M("0.86亿元", 0.86, "亿元", "留抵退税", period=P),
             M("0.76亿元", 0.76, "亿元", "新增减税降费", period=P),
             M("4387万元", 4387, "万元", "兑现各级惠企政策资金", period=P),
             M("1263家", 1263, "家", "惠及企业", period=P),
             M("2916万元", 2916, "万元", "“免申即享”方式兑现资金", period=P),
             M("66.5%", 66.5, "%", "“免申即享”占比", period=P)],
    pairs=[("t1", ["a3"]), ("t2", ["a4"]), ("t3", ["a7"])],
    note="减税降费及退税缓费1.62亿元 is broader than 减税降费 (it includes 留抵退税): only the part 0.76亿元 answers (0.38; the broader total would be 0.81). 4387万元/5000万元 = 0.8774; 66.5/50 = 1.33 (the share, not the amount 2916万元).")

# 39 县工信局、县税务局: 营业收入 does not answer 应税销售收入; 应税 growth answers; tax falls against a growth target
P = "1-9月"
row("县工业和信息化局、县税务局",
    "工业应税销售收入达到520亿元、增长8%,工业税收增长6%。",
    "1-9月,全县规模以上工业企业实现营业收入486.3亿元,同比增长9.1%;全县工业应税销售收入同比增长5.4%,入库工业税收18.7亿元,同比下降2.8%,主要受增值税留抵退税政策影响。",
    targets=[M("520亿元", 520, "亿元", "工业应税销售收入"),
             M("8%", 8, "%", "工业应税销售收入", kind="growth"),
             M("6%", 6, "%", "工业税收", kind="growth")],
    actuals=[M("486.3亿元", 486.3, "亿元", "规模以上工业企业营业收入", period=P),
             M("9.1%", 9.1, "%", "规模以上工业企业营业收入同比增长", kind="growth", period=P),
             M("5.4%", 5.4, "%", "工业应税销售收入同比增长", kind="growth", period=P),
             M("18.7亿元", 18.7, "亿元", "入库工业税收", period=P),
             M("2.8%", 2.8, "%", "入库工业税收同比下降", kind="reduction", period=P)],
    pairs=[("t2", ["a3"]), ("t3", ["a5"])],
    note="The 应税销售收入 level is not reported: 规上工业营业收入486.3亿元 is a different measure (would-be 0.9352) and its growth 9.1% does not answer the 应税 growth. 5.4/8 = 0.675. 工业税收下降2.8% against a growth target: signed ratio -0.4667.")

# 40 开发区管委会: 各2个以上 over two metrics, 左右, 亿元以上 / 10亿元 thresholds, 在谈 not 引进, rank 第一
P = "上半年"
row("经济技术开发区管委会",
    "全年引进世界500强、中国500强企业投资项目各2个以上,新引进亿元以上项目25个左右;开发区规上工业总产值增长15%。",
    "上半年,开发区新引进世界500强企业投资项目1个、中国500强企业投资项目3个,新引进亿元以上项目13个,其中10亿元以上项目3个,另有在谈亿元以上项目21个;园区规上工业总产值同比增长16.8%,增速位居全市各开发区第一。",
    targets=[M("各2个", 2, "个", "引进世界500强企业投资项目", bound="min"),
             M("各2个", 2, "个", "引进中国500强企业投资项目", bound="min"),
             M("25个", 25, "个", "新引进亿元以上项目", bound="approx"),
             M("15%", 15, "%", "开发区规上工业总产值", kind="growth")],
    other=[O("亿元以上", 1, "亿元", "class threshold (亿元以上项目, number implicit)")],
    actuals=[M("1个", 1, "个", "新引进世界500强企业投资项目", period=P, nth=0),
             M("3个", 3, "个", "新引进中国500强企业投资项目", period=P, nth=0),
             M("亿元以上", 1, "亿元", "亿元以上项目(class)", nth=0),
             M("13个", 13, "个", "新引进亿元以上项目", period=P),
             M("10亿元", 10, "亿元", "10亿元以上项目(class)"),
             M("3个", 3, "个", "新引进10亿元以上项目", period=P, nth=2),
             M("亿元以上", 1, "亿元", "亿元以上项目(class)", nth=2),
             M("21个", 21, "个", "在谈亿元以上项目", period=P),
             M("16.8%", 16.8, "%", "园区规上工业总产值同比增长", kind="growth", period=P)],
    pairs=[("t1", ["a1"]), ("t2", ["a2"]), ("t3", ["a4"]), ("t4", ["a9"])],
    note="各2个以上 is two min targets on one span: 世界500强 1/2 = 0.5, 中国500强 3/2 = 1.5. 世界500强/中国500强 are list names. 13/25 = 0.52; the 21个 在谈 are not introduced. 16.8/15 = 1.12. 位居全市各开发区第一 is a rank. 1个 occurs again inside 21个 (nth 0 is the count), 3个 also inside 13个 (nth 1), 亿元以上 also inside 10亿元以上 (nth 1).")


probe.write(Path(__file__).with_name("probe-notices.gold.jsonl"))
