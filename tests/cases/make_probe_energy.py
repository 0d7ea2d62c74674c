"""Writes probe-energy.gold.jsonl: 40 rows written for this probe (not taken from any report) and
hand-annotated in the gold schema (corpus/SCHEMA.md). Each row is one line of a city's or county's
2024 key-work progress table (重点工作推进情况表, as of the end of a month) for energy saving, new energy
and carbon: the task is the year's target (单位地区生产总值能耗下降 X%, 规上工业单位增加值能耗下降 X%,
能源消费总量/煤炭消费总量控制在…以内, 非化石/可再生能源消费比重提高 X个百分点, 光伏/风电新增装机
万千瓦 (answered in 兆瓦), 新型储能 万千瓦/万千瓦时, 充电桩 个 and 换电站/充电站 座, 新能源汽车推广 辆 and
占比 %, 既有建筑节能改造 and 超低能耗建筑 万平方米, 淘汰落后产能 万吨 and 燃煤锅炉 台/蒸吨, 清洁取暖改造
户, 天然气管网 公里 and 用户 万户, 碳排放双控 and 碳排放权履约, 绿色工厂/近零碳园区/低碳社区 家/个,
节能监察 and 节能审查, 公共机构人均能耗, 电能替代 亿千瓦时, 输变电工程 项 and 配电网 公里, 节能量 万吨标准煤),
the progress is what the development-and-reform, industry, housing, transport, agency-affairs,
ecology and power-supply bodies reported (截至X月底 and 1-X月 periods, 同比 growth and a rise against
a reduction target (signed ratio), 累计 vs 今年, 其中 parts, 分别 lists, 各/均, sums of listed parts
(新建 + 改造, 中压 + 庭院, 10千伏 + 低压, 居民 + 工商业) answering a total, completion shares, restated and
changed targets, 预计全年 forecasts vs 初步测算 estimates for an elapsed period, candidates (已申报, 待验收,
待核准, 待并网, 在建) vs done, 上年 baselines, stocks, adjusted measures (剔除…后), class thresholds and
specifications (110千伏, 35蒸吨/小时, 5000吨标准煤以上), per-capita and per-household rates, elided
subjects, and rows where nothing answers). The bodies in charge are the row's owners. Five rows are in
traditional characters; three use full-width digits and five Chinese numerals.
Checks (gold_writer.py) that every annotated string occurs (nth), that no two mentions of a column
claim the same or overlapping spans, that no mention starts inside a longer number, that every
period occurs in the progress text, computes ratios, and lists digit and numeral runs left
unannotated (dates and years such as 2023年度, 6月, 明年3月, 12月底; month ranges 1-10月; phase labels
二期; the grade label 一级能效; the term 二次管網).
Run: cd tests/cases && python make_probe_energy.py"""
from pathlib import Path

from gold_writer import M, O, ProbeSet

probe = ProbeSet("probe23")
row = probe.row


# ---------------------------------------------------------------------------------------------
# Energy saving, new energy and carbon work of a city or county, 2024 (items 1-40)
# ---------------------------------------------------------------------------------------------

# 1 能耗双控: 初步测算 for 前三季度 answers, a YTD total under a cap, a 个百分点 rise, a 预计全年 forecast
P = "前三季度"
row("市发展改革委、市统计局",
    "单位地区生产总值能耗下降3%以上,能源消费总量控制在1250万吨标准煤以内,非化石能源消费比重提高1.5个百分点。",
    "经初步测算,前三季度全市单位地区生产总值能耗同比下降3.4%,能源消费总量932.6万吨标准煤,同比增长2.1%;非化石能源消费比重达到18.7%,较上年同期提高1.2个百分点。预计全年单位地区生产总值能耗下降3.5%左右,可完成省下达的年度目标。",
    targets=[M("3%", 3, "%", "单位地区生产总值能耗", kind="reduction", bound="min"),
             M("1250万吨标准煤", 1250, "万吨标准煤", "能源消费总量", bound="max"),
             M("1.5个百分点", 1.5, "个百分点", "非化石能源消费比重提高", kind="growth")],
    actuals=[M("3.4%", 3.4, "%", "单位地区生产总值能耗同比下降", kind="reduction", period=P),
             M("932.6万吨标准煤", 932.6, "万吨标准煤", "能源消费总量", period=P),
             M("2.1%", 2.1, "%", "能源消费总量同比增长", kind="growth", period=P),
             M("18.7%", 18.7, "%", "非化石能源消费比重", period=P),
             M("1.2个百分点", 1.2, "个百分点", "非化石能源消费比重较上年同期提高", kind="growth", period=P),
             M("3.5%", 3.5, "%", "预计全年单位地区生产总值能耗下降(forecast)", kind="reduction", period="全年")],
    pairs=[("t1", ["a1"]), ("t2", ["a2"]), ("t3", ["a5"])],
    note="经初步测算 estimates 前三季度, a period already over: it answers, reduction against reduction 3.4/3 = 1.1333. 预计全年…3.5%左右 is a forecast for the year still under way (would-be 1.1667). The YTD total answers the cap as progress so far: 932.6/1250 = 0.7461 (under the cap). The share rise 1.2/1.5 = 0.8; the level 18.7% has no level target and the total's growth 2.1% no growth target.")

# 2 工业节能: a reduction derived from two growths, 节能诊断 家, 实施 项目 (竣工 a part), a forecast saving
P = "1-10月"
row("市工业和信息化局",
    "规模以上工业单位增加值能耗下降4%,完成重点用能企业节能诊断80家,实施节能技术改造项目30个。",
    "1-10月,全市规模以上工业综合能源消费量586.2万吨标准煤,同比增长1.8%,规上工业增加值同比增长7.6%,据此测算单位增加值能耗下降5.4%;已委托第三方机构完成节能诊断企业86家,提出节能改造建议312条;实施节能技改项目34个,其中已竣工投产21个,其余在建,预计年可节约标准煤4.3万吨。",
    targets=[M("4%", 4, "%", "规模以上工业单位增加值能耗", kind="reduction"),
             M("80家", 80, "家", "重点用能企业节能诊断"),
             M("30个", 30, "个", "实施节能技术改造项目")],
    actuals=[M("586.2万吨标准煤", 586.2, "万吨标准煤", "规模以上工业综合能源消费量", period=P),
             M("1.8%", 1.8, "%", "规上工业综合能源消费量同比增长", kind="growth", period=P),
             M("7.6%", 7.6, "%", "规上工业增加值同比增长", kind="growth", period=P),
             M("5.4%", 5.4, "%", "规上工业单位增加值能耗下降", kind="reduction", period=P),
             M("86家", 86, "家", "完成节能诊断企业"),
             M("312条", 312, "条", "提出节能改造建议"),
             M("34个", 34, "个", "实施节能技改项目"),
             M("21个", 21, "个", "已竣工投产节能技改项目"),
             M("4.3万吨", 4.3, "万吨", "预计年可节约标准煤(forecast)")],
    pairs=[("t1", ["a4"]), ("t2", ["a5"]), ("t3", ["a7"])],
    note="The intensity fall is derived by the bureau from the two growths for 1-10月 and answers: 5.4/4 = 1.35. 86/80 = 1.075. 实施 counts projects under way as well as finished: 34/30 = 1.1333 (the 21 completed are a part; would-be 0.7). The consumption, its growth, the suggestions and the forecast saving have no target.")

# 3 光伏: 万千瓦 targets answered in 兆瓦 (1万千瓦 = 10兆瓦), 其中 parts, 户 beside 兆瓦, projects in construction, a stock, 亩
P = "截至10月底"
row("市发展改革委(市能源局)、国网市供电公司",
    "新增光伏发电装机容量50万千瓦以上,其中分布式光伏30万千瓦、集中式光伏20万千瓦。",
    "截至10月底,全市新增光伏并网装机428.6兆瓦,其中分布式光伏316.4兆瓦(含户用光伏5862户、108.3兆瓦)、集中式光伏112.2兆瓦;另有渔光互补二期等3个集中式项目、容量150兆瓦、占地2600亩正在建设,预计12月底前全容量并网。全市光伏累计装机达到186.5万千瓦。",
    targets=[M("50万千瓦", 50, "万千瓦", "新增光伏发电装机容量", bound="min"),
             M("30万千瓦", 30, "万千瓦", "新增分布式光伏"),
             M("20万千瓦", 20, "万千瓦", "新增集中式光伏")],
    actuals=[M("428.6兆瓦", 428.6, "兆瓦", "新增光伏并网装机", period=P),
             M("316.4兆瓦", 316.4, "兆瓦", "新增分布式光伏并网", period=P),
             M("5862户", 5862, "户", "户用光伏户数", period=P),
             M("108.3兆瓦", 108.3, "兆瓦", "户用光伏装机", period=P),
             M("112.2兆瓦", 112.2, "兆瓦", "新增集中式光伏并网", period=P),
             M("3个", 3, "个", "正在建设的集中式光伏项目"),
             M("150兆瓦", 150, "兆瓦", "正在建设的集中式光伏容量(forecast)"),
             M("2600亩", 2600, "亩", "在建集中式光伏项目占地(specification)"),
             M("186.5万千瓦", 186.5, "万千瓦", "全市光伏累计装机(stock)")],
    pairs=[("t1", ["a1"]), ("t2", ["a2"]), ("t3", ["a5"])],
    note="兆瓦 against 万千瓦 (1万千瓦 = 10兆瓦): 428.6/500 = 0.8572, the 其中 parts 316.4/300 = 1.0547 and 112.2/200 = 0.561; 户用 108.3兆瓦 is part of the distributed figure. The 150兆瓦 still being built are only expected by 12月底 (would-be 1.311 for 集中式, 1.1572 for the total). 累计186.5万千瓦 is the stock. 二期 is a label.")

# 4 风电: 并网 answers, a project hoisting turbines (in construction), 核准 count and capacity, one 已上报待核准 (nth)
row("市发展改革委(市能源局)",
    "推进风电项目建设,新增风电并网装机20万千瓦,新核准风电项目3个、容量40万千瓦。",
    "北山风电场二期10万千瓦已于6月全容量并网,东岭风电项目5万千瓦完成风机吊装28台中的19台,预计年底前并网;新核准风电项目2个、容量35万千瓦,另1个10万千瓦项目已上报省能源局待核准。",
    targets=[M("20万千瓦", 20, "万千瓦", "新增风电并网装机"),
             M("3个", 3, "个", "新核准风电项目"),
             M("40万千瓦", 40, "万千瓦", "新核准风电项目容量")],
    actuals=[M("10万千瓦", 10, "万千瓦", "已全容量并网风电(北山二期)", nth=0),
             M("5万千瓦", 5, "万千瓦", "在建风电项目容量(东岭)", nth=0),
             M("28台", 28, "台", "东岭项目风机总数(scope)"),
             M("19台", 19, "台", "已完成吊装风机"),
             M("2个", 2, "个", "新核准风电项目"),
             M("35万千瓦", 35, "万千瓦", "新核准风电项目容量"),
             M("1个", 1, "个", "已上报待核准风电项目(candidate)"),
             M("10万千瓦", 10, "万千瓦", "已上报待核准项目容量(candidate)", nth=1)],
    pairs=[("t1", ["a1"]), ("t2", ["a5"]), ("t3", ["a6"])],
    note="Only 北山二期 is connected: 10/20 = 0.5; 东岭 5万千瓦 is still hoisting (19 of 28 turbines), expected by year end (would-be sum 0.75). 核准 2/3 = 0.6667 and 35/40 = 0.875; the project only submitted (已上报…待核准) is a candidate (would-be 1.0 and 1.125). '5万千瓦' also occurs inside 35万千瓦 (nth 0 is 东岭). 二期 is a label, 6月 a date.")

# 5 充电基础设施: 其中 快充 answers the 快充 sub-target, a stock, 换电站 built vs awaiting power connection, 自用桩
P = "截至11月底"
row("市发展改革委、市住房和城乡建设局、国网市供电公司",
    "新建公共充电桩1500个,其中快充桩不少于600个;新建换电站5座;新增居民小区自用充电桩3000个。",
    "截至11月底,全市新建公共充电桩1623个,其中直流快充桩712个、交流慢充桩911个,全市公共充电桩总数达到6840个;建成换电站3座,另有2座已完成设备安装,正在等待供电接入;居民小区新装自用充电桩2845个。",
    targets=[M("1500个", 1500, "个", "新建公共充电桩"),
             M("600个", 600, "个", "新建快充桩", bound="min"),
             M("5座", 5, "座", "新建换电站"),
             M("3000个", 3000, "个", "新增居民小区自用充电桩")],
    actuals=[M("1623个", 1623, "个", "新建公共充电桩", period=P),
             M("712个", 712, "个", "新建直流快充桩", period=P),
             M("911个", 911, "个", "新建交流慢充桩", period=P),
             M("6840个", 6840, "个", "全市公共充电桩总数(stock)", period=P),
             M("3座", 3, "座", "建成换电站", period=P),
             M("2座", 2, "座", "已完成设备安装、等待供电接入的换电站", period=P),
             M("2845个", 2845, "个", "居民小区新装自用充电桩", period=P)],
    pairs=[("t1", ["a1"]), ("t2", ["a2"]), ("t3", ["a5"]), ("t4", ["a7"])],
    note="1623/1500 = 1.082 (712 + 911 are its parts). The 快充 sub-target is answered by its part 712个: 1.1867. Stations built 3/5 = 0.6; the 2 waiting for power are not in service (would-be sum 1.0). 2845/3000 = 0.9483. The total 6840个 is the stock.")

# 6 新能源汽车: 上牌 answers 推广应用, a share, 其中 parts that sum to the total, 全部 without a number, a fleet rate
P = "1-10月"
row("市工业和信息化局、市商务局、市交通运输局",
    "推广应用新能源汽车1.2万辆,新能源汽车新车销量占比达到40%;新增及更新公交车全部使用新能源车辆。",
    "1-10月,全市新能源汽车上牌1.06万辆,同比增长38.6%,占新车上牌量的42.3%;其中新能源私家车9215辆、营运车辆1385辆;今年新增及更新公交车126辆,全部为纯电动车型,全市公交车新能源化率达到96.8%。",
    targets=[M("1.2万辆", 1.2, "万辆", "推广应用新能源汽车"),
             M("40%", 40, "%", "新能源汽车新车销量占比")],
    actuals=[M("1.06万辆", 1.06, "万辆", "新能源汽车上牌", period=P),
             M("38.6%", 38.6, "%", "新能源汽车上牌同比增长", kind="growth", period=P),
             M("42.3%", 42.3, "%", "新能源汽车占新车上牌量", period=P),
             M("9215辆", 9215, "辆", "新能源私家车上牌", period=P),
             M("1385辆", 1385, "辆", "新能源营运车辆上牌", period=P),
             M("126辆", 126, "辆", "今年新增及更新公交车", period="今年"),
             M("96.8%", 96.8, "%", "全市公交车新能源化率(stock)")],
    pairs=[("t1", ["a1"]), ("t2", ["a3"])],
    note="上牌 measures 推广应用: 1.06/1.2 = 0.8833 (9215 + 1385 = 10600 are its parts, not added again). The share of new registrations answers the sales share: 42.3/40 = 1.0575. The bus target has no number (全部); the 126 buses are all electric, and 96.8% is the fleet-wide rate, another measure. The growth has no growth target.")

# 7 建筑节能: restated and changed target (ratio kept against the original), 验收 vs 施工, 全部 in words, a 星级 share
P = "截至10月底"
row("市住房和城乡建设局、市机关事务管理局",
    "完成既有公共建筑节能改造60万平方米,新建民用建筑中绿色建筑占比达到100%,星级绿色建筑占比不低于30%。",
    "年初下达既有公共建筑节能改造任务60万平方米,根据省住建厅调整,任务调整为45万平方米;截至10月底,已完成改造验收38.6万平方米,正在施工9.2万平方米;今年新建民用建筑全部按绿色建筑标准设计建造,竣工绿色建筑面积312.5万平方米,其中星级绿色建筑103.4万平方米,占比33.1%。",
    targets=[M("60万平方米", 60, "万平方米", "既有公共建筑节能改造"),
             M("100%", 100, "%", "新建民用建筑中绿色建筑占比"),
             M("30%", 30, "%", "星级绿色建筑占比", bound="min")],
    actuals=[M("60万平方米", 60, "万平方米", "年初下达节能改造任务(restated target)"),
             M("45万平方米", 45, "万平方米", "调整后节能改造任务(changed target)"),
             M("38.6万平方米", 38.6, "万平方米", "已完成改造验收", period=P),
             M("9.2万平方米", 9.2, "万平方米", "正在施工节能改造", period=P),
             M("312.5万平方米", 312.5, "万平方米", "竣工绿色建筑面积", period="今年"),
             M("103.4万平方米", 103.4, "万平方米", "竣工星级绿色建筑", period="今年"),
             M("33.1%", 33.1, "%", "星级绿色建筑占比", period="今年")],
    pairs=[("t1", ["a3"]), ("t3", ["a7"])],
    note="60万平方米 in the progress restates the target, which was changed to 45万平方米: the ratio is kept against the original, 38.6/60 = 0.6433 (against the changed task 0.8578); the 9.2万平方米 still in works do not count. 全部按绿色建筑标准 states the 100% only in words: t2 unpaired (would-be 1.0). 33.1/30 = 1.1033; 103.4/312.5 are its numerator and denominator.")

# 8 淘汰落後產能 (traditional): furnaces with size specifications, 萬噸 answered, one line closed vs one listed for next year (nth), a 蒸噸 threshold in both columns
P = "今年以來"
row("市工業和信息化局、市發展和改革委員會、市生態環境局",
    "依法依規淘汰落後產能,壓減粗鋼產能60萬噸,關停退出水泥熟料生產線2條,淘汰35蒸噸/小時及以下燃煤鍋爐40台。",
    "華興鋼鐵公司2座450立方米高爐、1座60噸轉爐已於8月拆除,壓減粗鋼產能62萬噸;水泥熟料生產線關停1條(日產2500噸),另1條已列入明年退出計劃;今年以來累計淘汰燃煤鍋爐43台、共368蒸噸,均為35蒸噸/小時及以下。",
    targets=[M("60萬噸", 60, "萬噸", "壓減粗鋼產能"),
             M("2條", 2, "條", "關停退出水泥熟料生產線"),
             M("40台", 40, "台", "淘汰燃煤鍋爐")],
    other=[O("35蒸噸/小時", 35, "蒸噸/小時", "class threshold (35蒸噸/小時及以下燃煤鍋爐)")],
    actuals=[M("2座", 2, "座", "拆除高爐"),
             M("450立方米", 450, "立方米", "高爐容積(specification)"),
             M("1座", 1, "座", "拆除轉爐"),
             M("60噸", 60, "噸", "轉爐容量(specification)"),
             M("62萬噸", 62, "萬噸", "壓減粗鋼產能"),
             M("1條", 1, "條", "關停水泥熟料生產線", nth=0),
             M("2500噸", 2500, "噸", "熟料生產線日產規模(specification)"),
             M("1條", 1, "條", "列入明年退出計劃的生產線", nth=1),
             M("43台", 43, "台", "累計淘汰燃煤鍋爐", period=P),
             M("368蒸噸", 368, "蒸噸", "淘汰燃煤鍋爐總容量", period=P),
             M("35蒸噸/小時", 35, "蒸噸/小時", "鍋爐規模門檻(class threshold)")],
    pairs=[("t1", ["a5"]), ("t2", ["a6"]), ("t3", ["a9"])],
    note="Traditional characters. 62/60 = 1.0333; the furnace counts and sizes (450立方米, 60噸) are specifications of what was dismantled. One line closed: 1/2 = 0.5; the other is only listed for next year (would-be sum 1.0). 今年以來累計 is year to date: 43/40 = 1.075; 368蒸噸 is their capacity. 35蒸噸/小時 is a class threshold in both columns; 8月 a date.")

# 9 清洁取暖: two 其中 sub-targets and their sum for the total, 均 in words, two pipe classes summed, a subsidy without target
P = "截至11月底"
row("县住房和城乡建设局、县发展改革局、国网县供电公司",
    "完成农村清洁取暖改造1.2万户,其中“煤改气”7000户、“煤改电”5000户;新建改造配套燃气管网120公里。",
    "截至11月底,完成“煤改气”6820户、“煤改电”4960户,均已通暖并通过县级验收;新建中压燃气管网86.4公里、庭院管网41.3公里;发放取暖设备购置补贴2356万元。",
    targets=[M("1.2万户", 1.2, "万户", "农村清洁取暖改造"),
             M("7000户", 7000, "户", "“煤改气”改造"),
             M("5000户", 5000, "户", "“煤改电”改造"),
             M("120公里", 120, "公里", "新建改造配套燃气管网")],
    actuals=[M("6820户", 6820, "户", "完成“煤改气”", period=P),
             M("4960户", 4960, "户", "完成“煤改电”", period=P),
             M("86.4公里", 86.4, "公里", "新建中压燃气管网", period=P),
             M("41.3公里", 41.3, "公里", "新建庭院管网", period=P),
             M("2356万元", 2356, "万元", "发放取暖设备购置补贴", period=P)],
    pairs=[("t1", ["a1", "a2"]), ("t2", ["a1"]), ("t3", ["a2"]), ("t4", ["a3", "a4"])],
    note="No total is given: 6820 + 4960 = 11780户 against 1.2万户 (combine sum, 0.9817); each part answers its sub-target (0.9743, 0.992). The network target is met by the two pipe classes together: 86.4 + 41.3 = 127.7公里 (combine sum, 1.0642). 均已通暖 has no number; the subsidy has no target.")

# 10 天然气 (full-width digits): 敷设 answers 新建 (通气 a part), 居民 + 工商业 users summed (万户 + 户), YTD consumption
P = "截至１０月底"
row("市城市管理局(燃气管理处)、市燃气集团",
    "新建天然气高压管道３５公里、中压管网８０公里,新增管道天然气用户２万户,天然气消费量达到６．５亿立方米。",
    "截至１０月底,西环高压管道工程完成管道敷设２８．６公里,其中１８公里已通气投运;新建中压管网７２．４公里;新增居民用户１．６３万户、工商业用户４１２户;１－１０月天然气消费量５．１２亿立方米,同比增长６．８％。",
    targets=[M("３５公里", 35, "公里", "新建天然气高压管道"),
             M("８０公里", 80, "公里", "新建中压管网"),
             M("２万户", 2, "万户", "新增管道天然气用户"),
             M("６．５亿立方米", 6.5, "亿立方米", "天然气消费量")],
    actuals=[M("２８．６公里", 28.6, "公里", "高压管道完成敷设", period=P),
             M("１８公里", 18, "公里", "已通气投运高压管道", period=P),
             M("７２．４公里", 72.4, "公里", "新建中压管网", period=P),
             M("１．６３万户", 1.63, "万户", "新增居民用户", period=P),
             M("４１２户", 412, "户", "新增工商业用户", period=P),
             M("５．１２亿立方米", 5.12, "亿立方米", "天然气消费量", period="１－１０月"),
             M("６．８％", 6.8, "%", "天然气消费量同比增长", kind="growth", period="１－１０月")],
    pairs=[("t1", ["a1"]), ("t2", ["a3"]), ("t3", ["a4", "a5"]), ("t4", ["a6"])],
    note="Full-width digits. The pipe laid answers 新建: 28.6/35 = 0.8171 (the 18公里 in service are a part). 72.4/80 = 0.905. Users: 1.63万户 + 412户 = 16712户 against 2万户 (combine sum, 0.8356). Consumption so far 5.12/6.5 = 0.7877; the growth has no target. １－１０月 is a period.")

# 11 碳排放双控 (nothing answers): indicator not yet issued, an inventory started, a count of emitters
row("市发展改革委、市生态环境局、市统计局",
    "落实碳排放双控制度,单位地区生产总值二氧化碳排放下降3.5%,完成全市2023年度温室气体排放清单编制。",
    "国家和省尚未下达碳排放双控考核指标及核算方法,单位地区生产总值二氧化碳排放指标暂无法测算;已委托第三方机构启动2023年度温室气体清单编制,完成全市48家重点排放单位数据收集,预计12月底形成初稿。",
    targets=[M("3.5%", 3.5, "%", "单位地区生产总值二氧化碳排放", kind="reduction")],
    actuals=[M("48家", 48, "家", "完成数据收集的重点排放单位")],
    note="Nothing answers: the CO2 intensity cannot yet be calculated (no method issued), and the inventory, which has no number, is only started (初稿 expected by 12月底). 48家 counts emitters whose data were collected. 2023年度 is a year.")

# 12 绿色工厂: a 分别 list for two levels, applicants in 公示 (candidates), a park awaiting recognition, a stock
row("市工业和信息化局",
    "创建国家级绿色工厂3家、省级绿色工厂10家,培育省级绿色工业园区1个。",
    "今年新获评国家级、省级绿色工厂分别为2家、11家,另有4家企业已申报国家级绿色工厂,正在公示;经开区已通过省级绿色工业园区现场评审,待省工信厅发文认定。全市累计创建省级以上绿色工厂58家。",
    targets=[M("3家", 3, "家", "创建国家级绿色工厂"),
             M("10家", 10, "家", "创建省级绿色工厂"),
             M("1个", 1, "个", "培育省级绿色工业园区")],
    actuals=[M("2家", 2, "家", "新获评国家级绿色工厂", period="今年"),
             M("11家", 11, "家", "新获评省级绿色工厂", period="今年"),
             M("4家", 4, "家", "已申报国家级绿色工厂(candidates)"),
             M("58家", 58, "家", "累计省级以上绿色工厂(stock)")],
    pairs=[("t1", ["a1"]), ("t2", ["a2"])],
    note="分别 maps in order: 2/3 = 0.6667, 11/10 = 1.1. The 4 applicants still in 公示 are candidates (would-be sum 2.0). The park passed the review but awaits recognition and is named, not counted: t3 unpaired (would-be 1.0). 累计58家 is the stock.")

# 13 近零碳园区: parks built but awaiting acceptance (candidates), communities accepted vs being rectified
row("市发展改革委、市生态环境局、各县(市、区)人民政府",
    "开展近零碳排放园区、低碳社区试点,建成近零碳园区2个、低碳社区10个。",
    "高新区、临港产业园2个近零碳园区试点建设内容已全部完成,已提交验收申请,待市级组织验收;低碳社区试点已通过验收8个,另有3个正在整改。",
    targets=[M("2个", 2, "个", "建成近零碳园区"),
             M("10个", 10, "个", "建成低碳社区")],
    actuals=[M("2个", 2, "个", "已提交验收申请的近零碳园区(candidates)"),
             M("8个", 8, "个", "通过验收低碳社区"),
             M("3个", 3, "个", "正在整改低碳社区")],
    pairs=[("t2", ["a2"])],
    note="A pilot is 建成 when accepted: the 2 parks only awaiting acceptance do not answer (would-be 1.0). Communities accepted 8/10 = 0.8; the 3 being rectified do not count (would-be sum 1.1).")

# 14 新型储能: power and energy targets (万千瓦/万千瓦时), 其中 parts, projects in construction (nth), 抽水蓄能 only approved
P = "截至11月底"
row("市发展改革委(市能源局)、国网市供电公司",
    "新增新型储能装机规模20万千瓦/40万千瓦时,开工建设抽水蓄能电站1座。",
    "截至11月底,已建成并网新型储能电站3座、装机规模12.5万千瓦/25万千瓦时,其中电网侧独立储能10万千瓦/20万千瓦时、用户侧储能2.5万千瓦/5万千瓦时;另有2个共享储能项目、合计10万千瓦/20万千瓦时正在建设,预计明年一季度投运;青龙山抽水蓄能电站已完成核准,主体工程计划12月开工。",
    targets=[M("20万千瓦", 20, "万千瓦", "新增新型储能装机功率"),
             M("40万千瓦时", 40, "万千瓦时", "新增新型储能装机容量"),
             M("1座", 1, "座", "开工建设抽水蓄能电站")],
    actuals=[M("3座", 3, "座", "建成并网新型储能电站", period=P),
             M("12.5万千瓦", 12.5, "万千瓦", "建成并网储能功率", period=P),
             M("25万千瓦时", 25, "万千瓦时", "建成并网储能容量", period=P),
             M("10万千瓦", 10, "万千瓦", "电网侧独立储能功率", nth=0, period=P),
             M("20万千瓦时", 20, "万千瓦时", "电网侧独立储能容量", nth=0, period=P),
             M("2.5万千瓦", 2.5, "万千瓦", "用户侧储能功率", nth=1, period=P),
             M("5万千瓦时", 5, "万千瓦时", "用户侧储能容量", nth=1, period=P),
             M("2个", 2, "个", "正在建设的共享储能项目"),
             M("10万千瓦", 10, "万千瓦", "在建共享储能功率(forecast)", nth=1),
             M("20万千瓦时", 20, "万千瓦时", "在建共享储能容量(forecast)", nth=1)],
    pairs=[("t1", ["a2"]), ("t2", ["a3"])],
    note="Connected storage answers: 12.5/20 = 0.625 and 25/40 = 0.625 (the grid-side and user-side figures are its parts). The 2 shared projects are still being built, expected in 明年一季度 (would-be sum 1.125 each). The pumped-storage plant is approved but starts only in 12月 and has no number: t3 unpaired. '2.5万千瓦' first occurs inside 12.5万千瓦, '5万千瓦时' inside 25万千瓦时 (nth 1).")

# 15 节能监察: a 吨标准煤 class threshold in both columns, 批次, 件 notices, 均 in words, a full reporting rate
P = "截至10月底"
row("市工业和信息化局(市节能监察支队)",
    "对年综合能耗5000吨标准煤以上重点用能单位开展节能监察,监察企业不少于50家,重点用能单位能源利用状况报告报送率100%。",
    "截至10月底,分3批次完成节能专项监察企业52家,其中年综合能耗1万吨标准煤以上企业23家;发现问题企业9家,下达整改通知书11件,均已完成整改;全市156家重点用能单位均按时报送能源利用状况报告,报送率100%。",
    targets=[M("50家", 50, "家", "节能监察企业", bound="min"),
             M("100%", 100, "%", "重点用能单位能源利用状况报告报送率")],
    other=[O("5000吨标准煤", 5000, "吨标准煤", "class threshold (年综合能耗5000吨标准煤以上)")],
    actuals=[M("3批次", 3, "批次", "节能专项监察批次", period=P),
             M("52家", 52, "家", "完成节能专项监察企业", period=P),
             M("1万吨标准煤", 1, "万吨标准煤", "年综合能耗门槛(class threshold)"),
             M("23家", 23, "家", "年综合能耗1万吨标准煤以上受监察企业", period=P),
             M("9家", 9, "家", "发现问题企业", period=P),
             M("11件", 11, "件", "下达整改通知书", period=P),
             M("156家", 156, "家", "重点用能单位(scope)"),
             M("100%", 100, "%", "能源利用状况报告报送率")],
    pairs=[("t1", ["a2"]), ("t2", ["a8"])],
    note="52/50 = 1.04 (the 23 larger firms are a part; 3批次 counts rounds). 100/100 = 1.0 with 156家 as the scope. 5000吨标准煤 and 1万吨标准煤 are class thresholds; the problems found and notices have no target.")

# 16 公共机构节能: per-capita and per-area levels beside reduction rates, reductions answer reductions, a share with its count
P = "前三季度"
row("市机关事务管理局",
    "公共机构人均综合能耗下降1.5%、单位建筑面积能耗下降1.2%,县级及以上党政机关建成节约型机关比例达到90%以上。",
    "前三季度,全市公共机构人均综合能耗87.6千克标准煤/人,同比下降1.8%;单位建筑面积能耗6.42千克标准煤/平方米,同比下降0.9%;县级及以上党政机关已建成节约型机关312家,占比92.6%。",
    targets=[M("1.5%", 1.5, "%", "公共机构人均综合能耗", kind="reduction"),
             M("1.2%", 1.2, "%", "单位建筑面积能耗", kind="reduction"),
             M("90%", 90, "%", "建成节约型机关比例", bound="min")],
    actuals=[M("87.6千克标准煤/人", 87.6, "千克标准煤/人", "公共机构人均综合能耗", period=P),
             M("1.8%", 1.8, "%", "人均综合能耗同比下降", kind="reduction", period=P),
             M("6.42千克标准煤/平方米", 6.42, "千克标准煤/平方米", "单位建筑面积能耗", period=P),
             M("0.9%", 0.9, "%", "单位建筑面积能耗同比下降", kind="reduction", period=P),
             M("312家", 312, "家", "已建成节约型机关"),
             M("92.6%", 92.6, "%", "节约型机关占比")],
    pairs=[("t1", ["a2"]), ("t2", ["a4"]), ("t3", ["a6"])],
    note="Per-capita and per-area levels have no level target; their falls answer the reduction targets: 1.8/1.5 = 1.2, 0.9/1.2 = 0.75. The share 92.6/90 = 1.0289; 312家 is its count.")

# 17 城市照明 (Chinese numerals): 盏 and 条 in Chinese numerals, a remainder done later, a saving in 万千瓦时
row("市城市管理局(市路灯管理所)",
    "实施城市照明节能改造,更换LED节能路灯六千五百盏,智慧照明控制系统覆盖主次干道六十条。",
    "已完成主城区LED节能路灯更换六千二百盏,剩余三百盏随道路改造同步实施;智慧照明控制系统已覆盖主次干道四十二条,年可节约用电约二百八十万千瓦时。",
    targets=[M("六千五百盏", 6500, "盏", "更换LED节能路灯"),
             M("六十条", 60, "条", "智慧照明控制系统覆盖主次干道")],
    actuals=[M("六千二百盏", 6200, "盏", "已完成LED节能路灯更换"),
             M("三百盏", 300, "盏", "剩余随道路改造实施的路灯"),
             M("四十二条", 42, "条", "智慧照明控制系统已覆盖主次干道"),
             M("二百八十万千瓦时", 280, "万千瓦时", "年可节约用电")],
    pairs=[("t1", ["a1"]), ("t2", ["a3"])],
    note="Chinese numerals. 6200/6500 = 0.9538; the 300 left for later road works do not count (would-be sum 1.0). 42/60 = 0.7. The annual saving has no target.")

# 18 电能替代与需求响应: YTD amount, 其中 parts (not all), a share of peak load, 今年新增 inside a stock
P = "1-11月"
row("国网市供电公司、市发展改革委",
    "完成电能替代电量3亿千瓦时,需求响应资源库规模达到最大用电负荷的5%,新增可调节负荷能力15万千瓦。",
    "1-11月,累计完成电能替代项目126个,替代电量2.86亿千瓦时,其中工业电锅炉、窑炉替代1.42亿千瓦时,港口岸电、电动汽车充电0.97亿千瓦时;需求响应资源库签约用户318户,可调节负荷能力18.2万千瓦(今年新增11.6万千瓦),占全市最大用电负荷的4.1%。",
    targets=[M("3亿千瓦时", 3, "亿千瓦时", "电能替代电量"),
             M("5%", 5, "%", "需求响应资源库规模占最大用电负荷"),
             M("15万千瓦", 15, "万千瓦", "新增可调节负荷能力")],
    actuals=[M("126个", 126, "个", "完成电能替代项目", period=P),
             M("2.86亿千瓦时", 2.86, "亿千瓦时", "电能替代电量", period=P),
             M("1.42亿千瓦时", 1.42, "亿千瓦时", "工业电锅炉、窑炉替代电量", period=P),
             M("0.97亿千瓦时", 0.97, "亿千瓦时", "港口岸电、电动汽车充电替代电量", period=P),
             M("318户", 318, "户", "需求响应签约用户"),
             M("18.2万千瓦", 18.2, "万千瓦", "资源库可调节负荷能力(stock)"),
             M("11.6万千瓦", 11.6, "万千瓦", "今年新增可调节负荷能力", period="今年"),
             M("4.1%", 4.1, "%", "资源库规模占全市最大用电负荷")],
    pairs=[("t1", ["a2"]), ("t2", ["a8"]), ("t3", ["a7"])],
    note="2.86/3 = 0.9533 for 1-11月 (the two 其中 parts cover only some of it). The share 4.1/5 = 0.82. The 新增 target is answered by 今年新增11.6万千瓦 (0.7733), not the pool's total 18.2万千瓦 (would-be 1.2133).")

# 19 煤炭消費 (traditional): a YTD total under a cap, a fall against a reduction, a coal-rate cap exceeded, a forecast
P = "1-10月"
row("市發展和改革委員會、市統計局",
    "煤炭消費總量控制在1850萬噸以內,比上年下降2%;煤電機組平均供電煤耗降至300克標準煤/千瓦時以下。",
    "1-10月,全市煤炭消費量1486.3萬噸,同比下降1.4%,其中電力行業耗煤1024.6萬噸;全市煤電機組平均供電煤耗302.8克標準煤/千瓦時,較上年同期降低3.1克。預計全年煤炭消費總量約1790萬噸。",
    targets=[M("1850萬噸", 1850, "萬噸", "煤炭消費總量", bound="max"),
             M("2%", 2, "%", "煤炭消費總量比上年", kind="reduction"),
             M("300克標準煤/千瓦時", 300, "克標準煤/千瓦時", "煤電機組平均供電煤耗", bound="max")],
    actuals=[M("1486.3萬噸", 1486.3, "萬噸", "煤炭消費量", period=P),
             M("1.4%", 1.4, "%", "煤炭消費量同比下降", kind="reduction", period=P),
             M("1024.6萬噸", 1024.6, "萬噸", "電力行業耗煤", period=P),
             M("302.8克標準煤/千瓦時", 302.8, "克標準煤/千瓦時", "煤電機組平均供電煤耗", period=P),
             M("3.1克", 3.1, "克", "供電煤耗較上年同期降低", kind="reduction", period=P),
             M("1790萬噸", 1790, "萬噸", "預計全年煤炭消費總量(forecast)", period="全年")],
    pairs=[("t1", ["a1"]), ("t2", ["a2"]), ("t3", ["a4"])],
    note="Traditional characters. The YTD amount answers the cap as progress so far: 1486.3/1850 = 0.8034 (電力行業 is a part). 1.4/2 = 0.7. The coal rate 302.8 against the 300 cap: 1.0093, above the cap, so not met; 降低3.1克 is a change. 預計全年約1790萬噸 is a forecast (would-be 0.9676).")

# 20 整县屋顶光伏: a coverage rate with a rise, 户 and 万千瓦 of one programme, an elided subject on the growth
row("县发展改革局、国网县供电公司、各乡镇人民政府",
    "推进整县屋顶分布式光伏开发试点,党政机关、学校、医院等公共建筑屋顶光伏覆盖率达到50%,新增户用光伏3000户、装机6万千瓦。",
    "全县公共建筑屋顶光伏已安装186处,装机容量2.35万千瓦,覆盖率46.2%,较上年提高12.4个百分点;户用光伏新增并网2816户,装机5.74万千瓦,同比增长31.5%。",
    targets=[M("50%", 50, "%", "公共建筑屋顶光伏覆盖率"),
             M("3000户", 3000, "户", "新增户用光伏"),
             M("6万千瓦", 6, "万千瓦", "新增户用光伏装机")],
    actuals=[M("186处", 186, "处", "公共建筑屋顶光伏已安装"),
             M("2.35万千瓦", 2.35, "万千瓦", "公共建筑屋顶光伏装机容量"),
             M("46.2%", 46.2, "%", "公共建筑屋顶光伏覆盖率"),
             M("12.4个百分点", 12.4, "个百分点", "覆盖率较上年提高", kind="growth"),
             M("2816户", 2816, "户", "户用光伏新增并网"),
             M("5.74万千瓦", 5.74, "万千瓦", "户用光伏新增装机"),
             M("31.5%", 31.5, "%", "户用光伏新增装机同比增长", kind="growth")],
    pairs=[("t1", ["a3"]), ("t2", ["a5"]), ("t3", ["a6"])],
    note="46.2/50 = 0.924 (the rise has no growth target; 186处 and 2.35万千瓦 are what is installed on public roofs). 2816/3000 = 0.9387; 装机5.74万千瓦 elides 户用光伏新增: 0.9567; the growth after it (subject elided) has no target.")

# 21 氢能: one station named (not counted), another awaiting a licence, 今年 vs 累计 vehicles, a capacity specification
P = "截至11月底"
row("市发展改革委、市住房和城乡建设局、市交通运输局",
    "建成加氢站2座,推广氢燃料电池汽车100辆,氢能产业产值突破30亿元。",
    "截至11月底,城北加氢站已建成投运,日加注能力1000公斤;港区加氢站完成设备安装,正在办理燃气经营许可;今年新推广氢燃料电池物流车、公交车86辆,全市累计达到215辆;1-11月氢能产业实现产值27.4亿元,同比增长45.2%。",
    targets=[M("2座", 2, "座", "建成加氢站"),
             M("100辆", 100, "辆", "推广氢燃料电池汽车"),
             M("30亿元", 30, "亿元", "氢能产业产值", bound="min")],
    actuals=[M("1000公斤", 1000, "公斤", "城北加氢站日加注能力(specification)"),
             M("86辆", 86, "辆", "今年新推广氢燃料电池汽车", period="今年"),
             M("215辆", 215, "辆", "累计氢燃料电池汽车(stock)", period=P),
             M("27.4亿元", 27.4, "亿元", "氢能产业产值", period="1-11月"),
             M("45.2%", 45.2, "%", "氢能产业产值同比增长", kind="growth", period="1-11月")],
    pairs=[("t2", ["a2"]), ("t3", ["a4"])],
    note="One station is in operation but named, not counted, and the other still awaits its licence: t1 has no numeric answer (would-be 0.5). This year's 86辆 answer (0.86); 累计215辆 is the stock. 27.4/30 = 0.9133 for 1-11月; the growth has no target. 1000公斤 is the station's daily capacity.")

# 22 合同能源管理与余热: 新签 projects, invested (万元) vs contract value (亿元), plants built vs one commissioning
P = "今年"
row("市工业和信息化局、市发展改革委",
    "推广合同能源管理模式,实施合同能源管理项目20个、带动节能投资2亿元;推进工业余热利用项目5个,年回收余热折合标准煤5万吨。",
    "今年新签合同能源管理项目23个,合同总额1.62亿元,已完成投资12860万元;建成钢铁、化工企业余热发电及供暖项目4个,年回收余热折合标准煤约4.2万吨,另有1个项目正在调试。",
    targets=[M("20个", 20, "个", "实施合同能源管理项目"),
             M("2亿元", 2, "亿元", "带动节能投资"),
             M("5个", 5, "个", "工业余热利用项目"),
             M("5万吨", 5, "万吨", "年回收余热折合标准煤")],
    actuals=[M("23个", 23, "个", "新签合同能源管理项目", period=P),
             M("1.62亿元", 1.62, "亿元", "合同总额", period=P),
             M("12860万元", 12860, "万元", "已完成投资", period=P),
             M("4个", 4, "个", "建成余热发电及供暖项目"),
             M("4.2万吨", 4.2, "万吨", "年回收余热折合标准煤"),
             M("1个", 1, "个", "正在调试余热项目")],
    pairs=[("t1", ["a1"]), ("t2", ["a3"]), ("t3", ["a4"]), ("t4", ["a5"])],
    note="A signed energy-performance contract is a project carried out: 23/20 = 1.15. Investment is answered by what was invested, 12860万元 against 2亿元 (0.643); the contract value 1.62亿元 is not yet invested (would-be 0.81). 4/5 = 0.8; the one commissioning does not count (would-be sum 1.0). 4.2/5 = 0.84 (约 on an actual is not a bound).")

# 23 装配式与超低能耗建筑: a share answered (the area its numerator), 开工 answers 开工建设 (竣工 a part), 新增 area
P = "1-10月"
row("市住房和城乡建设局",
    "新开工装配式建筑面积占新建建筑面积比例达到35%,开工建设超低能耗建筑示范项目10万平方米,可再生能源建筑应用面积新增80万平方米。",
    "1-10月,全市新开工装配式建筑面积286.4万平方米,占新开工建筑面积的36.8%,较上年同期提高4.2个百分点;超低能耗建筑示范项目3个、面积8.65万平方米已开工,其中1个项目、2.1万平方米已竣工;新增可再生能源建筑应用面积91.3万平方米,主要为太阳能光热和空气源热泵。",
    targets=[M("35%", 35, "%", "新开工装配式建筑面积占新建建筑面积比例"),
             M("10万平方米", 10, "万平方米", "开工建设超低能耗建筑示范项目"),
             M("80万平方米", 80, "万平方米", "新增可再生能源建筑应用面积")],
    actuals=[M("286.4万平方米", 286.4, "万平方米", "新开工装配式建筑面积", period=P),
             M("36.8%", 36.8, "%", "装配式占新开工建筑面积比例", period=P),
             M("4.2个百分点", 4.2, "个百分点", "比例较上年同期提高", kind="growth", period=P),
             M("3个", 3, "个", "已开工超低能耗建筑示范项目", period=P),
             M("8.65万平方米", 8.65, "万平方米", "已开工超低能耗建筑示范面积", period=P),
             M("1个", 1, "个", "已竣工超低能耗示范项目", period=P),
             M("2.1万平方米", 2.1, "万平方米", "已竣工超低能耗示范面积", period=P),
             M("91.3万平方米", 91.3, "万平方米", "新增可再生能源建筑应用面积", period=P)],
    pairs=[("t1", ["a2"]), ("t2", ["a5"]), ("t3", ["a8"])],
    note="36.8/35 = 1.0514 (286.4万平方米 is its numerator; the rise has no target). 开工建设 is answered by the area started: 8.65/10 = 0.865 (the 2.1万平方米 completed are a part). 91.3/80 = 1.1413.")

# 24 碳市場履約 (traditional): all 12 units comply, the quota volume, a forestry project only validated, 累計 trading since the platform began
row("市生態環境局、市林業局",
    "督促納入全國碳市場的12家重點排放單位按時足額完成配額清繳,履約率達到100%;開發林業碳匯項目2個,新增碳匯交易量10萬噸。",
    "全市12家發電行業重點排放單位已全部完成2023年度配額清繳,清繳配額3862萬噸,履約率100%;西山林場林業碳匯項目已完成項目設計文件編制並通過審定,正在申請備案登記;碳普惠平台自上線以來累計成交碳匯量6.8萬噸、成交金額412萬元。",
    targets=[M("12家", 12, "家", "完成配額清繳的重點排放單位"),
             M("100%", 100, "%", "履約率"),
             M("2個", 2, "個", "開發林業碳匯項目"),
             M("10萬噸", 10, "萬噸", "新增碳匯交易量")],
    actuals=[M("12家", 12, "家", "完成配額清繳的重點排放單位"),
             M("3862萬噸", 3862, "萬噸", "清繳配額"),
             M("100%", 100, "%", "履約率"),
             M("6.8萬噸", 6.8, "萬噸", "自上線以來累計成交碳匯量(stock)"),
             M("412萬元", 412, "萬元", "累計成交金額")],
    pairs=[("t1", ["a1"]), ("t2", ["a3"])],
    note="Traditional characters. All 12 units complied: 12/12 = 1.0 and 100/100 = 1.0. The forestry project is named and only validated (審定), not registered: t3 unpaired. The trading volume is counted since the platform began, not this year's new volume: t4 unpaired (would-be 0.68). 2023年度 is a year.")

# 25 节能审查: an intensity cap (吨标准煤/万元), new energy use under a cap (其中 excluded part), freed capacity
P = "截至11月底"
row("市发展改革委",
    "严格固定资产投资项目节能审查,新上项目单位增加值能耗不高于0.45吨标准煤/万元,全年新增用能控制在80万吨标准煤以内,腾退低效用能空间10万吨标准煤。",
    "截至11月底,共出具节能审查意见41个,新增年综合能耗62.3万吨标准煤,其中可再生能源消费不纳入能耗总量控制的部分8.6万吨标准煤;审查项目平均单位增加值能耗0.38吨标准煤/万元;通过淘汰落后产能、节能改造等腾退用能空间11.4万吨标准煤。",
    targets=[M("0.45吨标准煤/万元", 0.45, "吨标准煤/万元", "新上项目单位增加值能耗", bound="max"),
             M("80万吨标准煤", 80, "万吨标准煤", "全年新增用能", bound="max"),
             M("10万吨标准煤", 10, "万吨标准煤", "腾退低效用能空间")],
    actuals=[M("41个", 41, "个", "出具节能审查意见", period=P),
             M("62.3万吨标准煤", 62.3, "万吨标准煤", "新增年综合能耗", period=P),
             M("8.6万吨标准煤", 8.6, "万吨标准煤", "不纳入能耗总量控制的可再生能源消费", period=P),
             M("0.38吨标准煤/万元", 0.38, "吨标准煤/万元", "审查项目平均单位增加值能耗", period=P),
             M("11.4万吨标准煤", 11.4, "万吨标准煤", "腾退用能空间", period=P)],
    pairs=[("t1", ["a4"]), ("t2", ["a2"]), ("t3", ["a5"])],
    note="The average intensity answers the cap: 0.38/0.45 = 0.8444 (under it). New energy use so far 62.3/80 = 0.7788, under the cap (8.6万吨 is a part excluded from control; net of it 0.6713). 11.4/10 = 1.14. 万元 in 吨标准煤/万元 is the denominator of the intensity, inside the span.")

# 26 乡镇充电站 (Chinese numeral scope): a per-township minimum answered by 各…1座, 均 without a number, candidates awaiting power
row("县发展改革局、县交通运输局、国网县供电公司",
    "实现乡镇公共充电站全覆盖,每个乡镇建成公共充电站不少于1座,高速公路服务区充电设施覆盖率100%,新建农村公共充电桩200个。",
    "全县十四个乡镇已各建成公共充电站1座以上,共计21座;境内3对高速公路服务区均已建成充电设施,每对服务区配置快充桩8个;新建农村公共充电桩168个,另有40个已完成安装,正在等待验收送电。",
    targets=[M("1座", 1, "座", "每个乡镇建成公共充电站", bound="min"),
             M("100%", 100, "%", "高速公路服务区充电设施覆盖率"),
             M("200个", 200, "个", "新建农村公共充电桩")],
    actuals=[M("十四个", 14, "个", "乡镇(scope)"),
             M("1座", 1, "座", "各乡镇建成公共充电站(各)", nth=0),
             M("21座", 21, "座", "乡镇公共充电站共计"),
             M("3对", 3, "对", "高速公路服务区(scope)"),
             M("8个", 8, "个", "每对服务区配置快充桩", nth=0),
             M("168个", 168, "个", "新建农村公共充电桩"),
             M("40个", 40, "个", "等待验收送电的充电桩(candidates)")],
    pairs=[("t1", ["a2"]), ("t3", ["a6"])],
    note="Chinese numeral 十四个 for the scope. The per-township floor is answered by 各建成…1座以上: 1/1 = 1.0 (21座 is the total). 均已建成 states the full coverage only in words: t2 unpaired (would-be 1.0). 168/200 = 0.84; the 40 waiting for acceptance and power do not count (would-be sum 1.04).")

# 27 节能宣传与家电以旧换新: 场次 and 万人次, 万台 with a growth, 万元 answered, a 亿元 pull-through without target
row("市发展改革委、市机关事务管理局、市商务局",
    "组织开展节能宣传周和全国低碳日活动不少于30场次,参与群众5万人次;推广一级能效家电10万台,发放家电以旧换新补贴2000万元。",
    "节能宣传周期间,各县区、各部门共举办主题宣传活动36场次,线上线下参与群众约7.2万人次;1-10月,全市以旧换新销售一级能效家电8.63万台,同比增长62.4%,核发家电以旧换新补贴资金2418万元,拉动消费5.26亿元。",
    targets=[M("30场次", 30, "场次", "节能宣传周和全国低碳日活动", bound="min"),
             M("5万人次", 5, "万人次", "参与群众"),
             M("10万台", 10, "万台", "推广一级能效家电"),
             M("2000万元", 2000, "万元", "发放家电以旧换新补贴")],
    actuals=[M("36场次", 36, "场次", "举办主题宣传活动"),
             M("7.2万人次", 7.2, "万人次", "参与群众"),
             M("8.63万台", 8.63, "万台", "以旧换新销售一级能效家电", period="1-10月"),
             M("62.4%", 62.4, "%", "一级能效家电销售同比增长", kind="growth", period="1-10月"),
             M("2418万元", 2418, "万元", "核发家电以旧换新补贴资金", period="1-10月"),
             M("5.26亿元", 5.26, "亿元", "拉动消费", period="1-10月")],
    pairs=[("t1", ["a1"]), ("t2", ["a2"]), ("t3", ["a3"]), ("t4", ["a5"])],
    note="36/30 = 1.2; 7.2/5 = 1.44 (约 on an actual is not a bound). 8.63/10 = 0.863 for 1-10月; the growth has no target. 2418/2000 = 1.209. The consumption pulled (5.26亿元) has no target.")

# 28 可再生能源发电: YTD level and growth each answered in kind, a share of load, last year's baseline, a growth in 倍
row("国网市供电公司、市发展改革委",
    "全市可再生能源发电量达到45亿千瓦时,增长10%;绿电交易电量突破8亿千瓦时。",
    "1-10月,全市可再生能源发电量38.26亿千瓦时,同比增长12.7%,占全社会用电量的26.4%;上年全年可再生能源发电量40.8亿千瓦时。今年以来组织参与省内绿电交易企业57家,成交绿电6.35亿千瓦时,同比增长1.3倍。",
    targets=[M("45亿千瓦时", 45, "亿千瓦时", "可再生能源发电量"),
             M("10%", 10, "%", "可再生能源发电量增长", kind="growth"),
             M("8亿千瓦时", 8, "亿千瓦时", "绿电交易电量", bound="min")],
    actuals=[M("38.26亿千瓦时", 38.26, "亿千瓦时", "可再生能源发电量", period="1-10月"),
             M("12.7%", 12.7, "%", "可再生能源发电量同比增长", kind="growth", period="1-10月"),
             M("26.4%", 26.4, "%", "占全社会用电量比重", period="1-10月"),
             M("40.8亿千瓦时", 40.8, "亿千瓦时", "上年全年可再生能源发电量(baseline)", period="上年全年"),
             M("57家", 57, "家", "参与绿电交易企业", period="今年以来"),
             M("6.35亿千瓦时", 6.35, "亿千瓦时", "成交绿电", period="今年以来"),
             M("1.3倍", 1.3, "倍", "成交绿电同比增长", kind="growth", period="今年以来")],
    pairs=[("t1", ["a1"]), ("t2", ["a2"]), ("t3", ["a6"])],
    note="Levels with levels and growth with growth: 38.26/45 = 0.8502, 12.7/10 = 1.27. Last year's 40.8亿千瓦时 is the baseline (would-be 0.9067). Green trading so far 6.35/8 = 0.7937; 增长1.3倍 has no growth target; the share 26.4% no target.")

# 29 清潔供熱 (traditional): area connected vs a remainder expected next season, boilers removed vs waiting, a rate with 以上
P = "截至11月底"
row("縣住房和城鄉建設局、縣熱力公司、縣生態環境局",
    "新增清潔能源集中供熱面積120萬平方米,拆除並網燃煤小鍋爐15台,城區清潔取暖率達到98%以上。",
    "截至11月底,生物質熱電聯產項目配套供熱管網已投用,新增集中供熱面積96.5萬平方米,剩餘23.5萬平方米因小區二次管網改造滯後,預計明年供暖季並網;已拆除燃煤小鍋爐12台、共計86蒸噸,另3台待新熱源接入後拆除;城區清潔取暖率98.6%。",
    targets=[M("120萬平方米", 120, "萬平方米", "新增清潔能源集中供熱面積"),
             M("15台", 15, "台", "拆除並網燃煤小鍋爐"),
             M("98%", 98, "%", "城區清潔取暖率", bound="min")],
    actuals=[M("96.5萬平方米", 96.5, "萬平方米", "新增集中供熱面積", period=P),
             M("23.5萬平方米", 23.5, "萬平方米", "預計明年並網的供熱面積(forecast)"),
             M("12台", 12, "台", "已拆除燃煤小鍋爐", period=P),
             M("86蒸噸", 86, "蒸噸", "已拆除鍋爐總容量", period=P),
             M("3台", 3, "台", "待新熱源接入後拆除的鍋爐"),
             M("98.6%", 98.6, "%", "城區清潔取暖率", period=P)],
    pairs=[("t1", ["a1"]), ("t2", ["a3"]), ("t3", ["a6"])],
    note="Traditional characters. 96.5/120 = 0.8042; the remaining 23.5萬平方米 are expected next heating season (would-be sum 1.0). 12/15 = 0.8; the 3 waiting for the new heat source do not count; 86蒸噸 is their capacity. 98.6/98 = 1.0061.")

# 30 园区光伏 (Chinese numeral target): 各 over two parks (two targets on one span), an elided subject, capacity waiting for connection, a park accepted but named
P = "截至10月底"
row("市发展改革委、经济技术开发区管委会、高新技术产业开发区管委会",
    "经开区、高新区新增屋顶分布式光伏装机各2万千瓦以上,两个园区完成循环化改造验收。",
    "截至10月底,经开区新增屋顶分布式光伏并网2.36万千瓦,高新区新增1.52万千瓦,另有0.6万千瓦已完成安装待并网;经开区循环化改造已通过省发展改革委验收,高新区已提交验收申请。",
    targets=[M("各2万千瓦", 2, "万千瓦", "经开区新增屋顶分布式光伏装机", bound="min"),
             M("各2万千瓦", 2, "万千瓦", "高新区新增屋顶分布式光伏装机", bound="min"),
             M("两个", 2, "个", "园区完成循环化改造验收")],
    actuals=[M("2.36万千瓦", 2.36, "万千瓦", "经开区新增屋顶分布式光伏并网", period=P),
             M("1.52万千瓦", 1.52, "万千瓦", "高新区新增屋顶分布式光伏并网", period=P),
             M("0.6万千瓦", 0.6, "万千瓦", "高新区已安装待并网(candidate)", period=P)],
    pairs=[("t1", ["a1"]), ("t2", ["a2"])],
    note="各2万千瓦以上 over two parks is two targets: 2.36/2 = 1.18; 高新区新增1.52万千瓦 elides 屋顶分布式光伏并网: 0.76, and the 0.6万千瓦 not yet connected do not count (would-be sum 1.06). One park's acceptance is named, not counted, the other only applied: t3 (两个) unpaired (would-be 0.5).")

# 31 县能耗 (rise against reduction): 上升 gives a signed ratio, an adjusted measure (剔除…后) not the target's, a project capacity, data pending
P = "前三季度"
row("县发展改革局、县统计局",
    "单位地区生产总值能耗下降2.8%,规模以上工业单位增加值能耗下降3.5%,可再生能源消费占比提高2个百分点。",
    "受年初投产的年产30万吨新材料项目新增能耗影响,经测算,前三季度全县单位地区生产总值能耗同比上升4.6%,规上工业单位增加值能耗上升6.2%;剔除该项目后,单位地区生产总值能耗下降2.1%。可再生能源消费占比相关数据需待年度能源统计后测算。",
    targets=[M("2.8%", 2.8, "%", "单位地区生产总值能耗", kind="reduction"),
             M("3.5%", 3.5, "%", "规模以上工业单位增加值能耗", kind="reduction"),
             M("2个百分点", 2, "个百分点", "可再生能源消费占比提高", kind="growth")],
    actuals=[M("30万吨", 30, "万吨", "新材料项目年产能(specification)"),
             M("4.6%", 4.6, "%", "单位地区生产总值能耗同比上升", kind="growth", period=P),
             M("6.2%", 6.2, "%", "规上工业单位增加值能耗上升", kind="growth", period=P),
             M("2.1%", 2.1, "%", "剔除新项目后单位地区生产总值能耗下降(adjusted)", kind="reduction", period=P)],
    pairs=[("t1", ["a2"]), ("t2", ["a3"])],
    note="The intensity rose against a reduction target: signed ratios -4.6/2.8 = -1.6429 and -6.2/3.5 = -1.7714. The fall of 2.1% excludes the new project, an adjusted measure, not the target's (would-be 0.75). The renewable share is not yet calculated: t3 unpaired.")

# 32 电网: 110千伏 threshold (task other, progress specifications, nth), 项 done vs commissioning, 10千伏 + 低压 lines summed, a per-household rate
P = "截至11月底"
row("国网县供电公司、县发展改革局",
    "建成投运110千伏及以上输变电工程8项,新增变电容量120万千伏安,完成农村配电网改造线路600公里。",
    "截至11月底,已建成投运220千伏临江变、110千伏东湖变等输变电工程6项,新增变电容量96万千伏安;另有2项110千伏工程已完成土建,正在进行设备调试;完成农网改造10千伏线路412.6公里、0.4千伏低压线路238.5公里,改造后户均配变容量达到2.86千伏安。",
    targets=[M("8项", 8, "项", "建成投运输变电工程"),
             M("120万千伏安", 120, "万千伏安", "新增变电容量"),
             M("600公里", 600, "公里", "农村配电网改造线路")],
    other=[O("110千伏", 110, "千伏", "class threshold (110千伏及以上输变电工程)")],
    actuals=[M("220千伏", 220, "千伏", "临江变电压等级(specification)"),
             M("110千伏", 110, "千伏", "东湖变电压等级(specification)", nth=0),
             M("6项", 6, "项", "已建成投运输变电工程", period=P),
             M("96万千伏安", 96, "万千伏安", "新增变电容量", period=P),
             M("2项", 2, "项", "正在设备调试的输变电工程"),
             M("110千伏", 110, "千伏", "调试中工程电压等级(specification)", nth=1),
             M("10千伏", 10, "千伏", "农网改造线路电压等级(specification)", nth=2),
             M("412.6公里", 412.6, "公里", "农网改造10千伏线路", period=P),
             M("0.4千伏", 0.4, "千伏", "低压线路电压等级(specification)"),
             M("238.5公里", 238.5, "公里", "农网改造0.4千伏低压线路", period=P),
             M("2.86千伏安", 2.86, "千伏安", "户均配变容量")],
    pairs=[("t1", ["a3"]), ("t2", ["a4"]), ("t3", ["a8", "a10"])],
    note="6/8 = 0.75; the 2 projects still commissioning do not count (would-be sum 1.0). 96/120 = 0.8. 配电网改造 covers both voltage classes: 412.6 + 238.5 = 651.1公里 (combine sum, 1.0852). 户均2.86千伏安 is a per-household rate with no target. '10千伏' occurs twice inside 110千伏 before the standalone one (nth 2).")

# 33 公务用车与出租车 (full-width digits): a share with its count, 均 electric, a planned remainder, chargers installed vs being installed
P = "今年"
row("市机关事务管理局、市交通运输局",
    "新增和更新公务用车中新能源汽车比例不低于５０％,更新巡游出租车３００辆全部为新能源车,新建公交场站充电桩１２０个。",
    "今年全市党政机关新增和更新公务用车８６辆,其中新能源汽车５１辆,占比５９．３％;已更新巡游出租车２６４辆,均为纯电动车型,剩余３６辆计划１２月底前完成更新;新建公交场站充电桩９６个,另有２４个正在安装。",
    targets=[M("５０％", 50, "%", "新增和更新公务用车中新能源汽车比例", bound="min"),
             M("３００辆", 300, "辆", "更新巡游出租车"),
             M("１２０个", 120, "个", "新建公交场站充电桩")],
    actuals=[M("８６辆", 86, "辆", "新增和更新公务用车", period=P),
             M("５１辆", 51, "辆", "新增和更新的新能源公务用车", period=P),
             M("５９．３％", 59.3, "%", "新能源汽车占比", period=P),
             M("２６４辆", 264, "辆", "已更新巡游出租车", period=P),
             M("３６辆", 36, "辆", "计划１２月底前更新的出租车(forecast)"),
             M("９６个", 96, "个", "新建公交场站充电桩", period=P),
             M("２４个", 24, "个", "正在安装的充电桩", period=P)],
    pairs=[("t1", ["a3"]), ("t2", ["a4"]), ("t3", ["a6"])],
    note="Full-width digits. 59.3/50 = 1.186 (51/86 are its numerator and denominator). 264/300 = 0.88; the 36 still to be replaced by １２月底 are planned (would-be sum 1.0); 均为纯电动 meets 全部为新能源 in words. Chargers 96/120 = 0.8; the 24 being installed do not count (would-be sum 1.0).")

# 34 在线监测与碳账户 (full-width digits): a rate with numerator and denominator, accounts opened since a mid-year launch, a coverage share
row("市发展改革委、市大数据发展管理局",
    "重点用能单位能耗在线监测系统接入率达到９５％,为规上工业企业建立“碳账户”１０００家。",
    "全市应接入能耗在线监测系统的重点用能单位１５６家,已接入１４８家,接入率９４．９％;“碳账户”平台已于７月上线,累计为规上工业企业开立碳账户１１３６家,覆盖率８７．４％。",
    targets=[M("９５％", 95, "%", "重点用能单位能耗在线监测系统接入率"),
             M("１０００家", 1000, "家", "为规上工业企业建立“碳账户”")],
    actuals=[M("１５６家", 156, "家", "应接入重点用能单位(scope)"),
             M("１４８家", 148, "家", "已接入重点用能单位"),
             M("９４．９％", 94.9, "%", "接入率"),
             M("１１３６家", 1136, "家", "累计开立碳账户的规上工业企业"),
             M("８７．４％", 87.4, "%", "规上工业企业碳账户覆盖率")],
    pairs=[("t1", ["a3"]), ("t2", ["a4"])],
    note="Full-width digits. 94.9/95 = 0.9989 (148/156 are its numerator and denominator). The platform went live in ７月 this year, so 累计 counts this year's accounts: 1136/1000 = 1.136; the coverage 87.4% has no target.")

# 35 港口岸电与新能源船舶: 套 accepted, 万千瓦时 YTD, 艘次 without target, a 分别 list of two ship kinds summed, ships being built
P = "1-10月"
row("市交通运输局、市港航管理中心、国网市供电公司",
    "新建港口岸电设施10套,港口岸电使用量达到500万千瓦时,推广LNG动力及纯电动船舶20艘。",
    "1-10月,新建码头岸电设施8套,已全部通过验收;靠港船舶使用岸电3862艘次,用电量426.3万千瓦时,同比增长28.5%;完成LNG动力船改造和新建纯电动船舶分别为12艘、5艘,另有4艘纯电动集装箱船正在建造。",
    targets=[M("10套", 10, "套", "新建港口岸电设施"),
             M("500万千瓦时", 500, "万千瓦时", "港口岸电使用量"),
             M("20艘", 20, "艘", "推广LNG动力及纯电动船舶")],
    actuals=[M("8套", 8, "套", "新建码头岸电设施", period=P),
             M("3862艘次", 3862, "艘次", "靠港船舶使用岸电", period=P),
             M("426.3万千瓦时", 426.3, "万千瓦时", "岸电用电量", period=P),
             M("28.5%", 28.5, "%", "岸电用电量同比增长", kind="growth", period=P),
             M("12艘", 12, "艘", "完成LNG动力船改造", period=P),
             M("5艘", 5, "艘", "新建纯电动船舶", period=P),
             M("4艘", 4, "艘", "正在建造的纯电动集装箱船")],
    pairs=[("t1", ["a1"]), ("t2", ["a3"]), ("t3", ["a5", "a6"])],
    note="8/10 = 0.8. 用电量 elides 岸电: 426.3/500 = 0.8526 for 1-10月; the growth and the 艘次 have no target. The 分别 list gives the two kinds the target covers: 12 + 5 = 17艘 (combine sum, 0.85); the 4 ships still being built do not count (would-be sum 1.05).")

# 36 農村能源 (traditional): plants built vs installing, capacity as specification, 今年 vs 累計 stoves, a YTD amount and a share
row("縣農業農村局、縣發展和改革局",
    "推進農村能源革命,建設生物質成型燃料加工點8個,推廣生物質清潔爐具2000台,秸稈能源化利用量達到5萬噸。",
    "全縣已建成生物質成型燃料加工點6個,年加工能力3.6萬噸,另2個正在安裝設備;今年推廣生物質清潔爐具1865台,累計推廣8420台;1-10月秸稈能源化利用量4.12萬噸,佔秸稈綜合利用量的18.6%。",
    targets=[M("8個", 8, "個", "建設生物質成型燃料加工點"),
             M("2000台", 2000, "台", "推廣生物質清潔爐具"),
             M("5萬噸", 5, "萬噸", "秸稈能源化利用量")],
    actuals=[M("6個", 6, "個", "已建成生物質成型燃料加工點"),
             M("3.6萬噸", 3.6, "萬噸", "加工點年加工能力(specification)"),
             M("2個", 2, "個", "正在安裝設備的加工點"),
             M("1865台", 1865, "台", "今年推廣生物質清潔爐具", period="今年"),
             M("8420台", 8420, "台", "累計推廣爐具(stock)"),
             M("4.12萬噸", 4.12, "萬噸", "秸稈能源化利用量", period="1-10月"),
             M("18.6%", 18.6, "%", "佔秸稈綜合利用量比重", period="1-10月")],
    pairs=[("t1", ["a1"]), ("t2", ["a4"]), ("t3", ["a6"])],
    note="Traditional characters. 6/8 = 0.75; the 2 still installing do not count (would-be sum 1.0); 3.6萬噸 is the plants' capacity, not the amount used. 1865/2000 = 0.9325; 累計8420台 is the stock. 4.12/5 = 0.824 for 1-10月; the share has no target.")

# 37 数据中心与基站 (Chinese numeral scope): retrofits done, a renewable share for the new centre, 今年 part of a 累计 stock
row("市工业和信息化局、市通信发展管理办公室",
    "完成存量数据中心节能降碳改造5个,新建数据中心可再生能源利用率不低于30%,完成通信基站节能改造2000个。",
    "截至11月底,完成城南、云谷等存量数据中心液冷及余热回收改造4个,年节电约1860万千瓦时;新建的智算中心通过绿电直供和购买绿证,可再生能源利用率达到35.2%;三家基础电信企业累计完成基站智能关断、AAU节能改造2368个,其中今年完成1624个。",
    targets=[M("5个", 5, "个", "存量数据中心节能降碳改造"),
             M("30%", 30, "%", "新建数据中心可再生能源利用率", bound="min"),
             M("2000个", 2000, "个", "通信基站节能改造")],
    actuals=[M("4个", 4, "个", "完成存量数据中心改造", nth=0, period="截至11月底"),
             M("1860万千瓦时", 1860, "万千瓦时", "年节电"),
             M("35.2%", 35.2, "%", "智算中心可再生能源利用率"),
             M("三家", 3, "家", "基础电信企业(scope)"),
             M("2368个", 2368, "个", "累计完成基站节能改造(stock)"),
             M("1624个", 1624, "个", "今年完成基站节能改造", period="今年")],
    pairs=[("t1", ["a1"]), ("t2", ["a3"]), ("t3", ["a6"])],
    note="4/5 = 0.8; the saving has no target. 35.2/30 = 1.1733. The annual target is answered by 今年1624个 (0.812), not the cumulative 2368个 (would-be 1.184). 三家 is the scope (Chinese numeral).")

# 38 垃圾焚烧发电二期 (nothing answers): still being installed, capacity and output only forecast, an investment share with no target
row("市发展改革委、市城市管理局",
    "建成投运生活垃圾焚烧发电二期工程,新增日处理能力1000吨、装机容量2.5万千瓦,年发电量1.2亿千瓦时。",
    "二期工程主厂房结构已封顶,焚烧炉、汽轮发电机组正在安装,受设备到货延迟影响,预计明年3月点火调试、6月投运;投运后预计新增日处理能力1000吨、年发电量1.3亿千瓦时。截至11月底累计完成投资3.85亿元,占总投资的71.3%。",
    targets=[M("1000吨", 1000, "吨", "新增日处理能力"),
             M("2.5万千瓦", 2.5, "万千瓦", "新增装机容量"),
             M("1.2亿千瓦时", 1.2, "亿千瓦时", "年发电量")],
    actuals=[M("1000吨", 1000, "吨", "投运后预计新增日处理能力(forecast)"),
             M("1.3亿千瓦时", 1.3, "亿千瓦时", "投运后预计年发电量(forecast)"),
             M("3.85亿元", 3.85, "亿元", "累计完成投资", period="截至11月底"),
             M("71.3%", 71.3, "%", "占总投资比例", period="截至11月底")],
    note="Nothing answers: the plant is still being installed and goes into service only in 明年6月; 1000吨 and 1.3亿千瓦时 are what it is expected to add once running (forecasts, would-be 1.0 and 1.0833). The investment and its share have no target. 二期 is a label; 明年3月 and 6月 are dates.")

# 39 企业技改 (Chinese numerals): restated scope, 竣工投产 answers 完成 (installing does not), 通过评估验收 answers 完成审核, 台(套) counts
row("县工业和信息化局、县发展改革局",
    "完成重点企业节能降碳技术改造项目十二个,完成清洁生产审核企业二十家,淘汰高耗能落后机电设备八百台(套)。",
    "十二个技改项目中,已竣工投产九个,其余三个完成设备采购正在安装;完成清洁生产审核并通过评估验收企业二十三家;经节能监察核查,全县企业淘汰落后电机、变压器等设备九百六十五台(套)。",
    targets=[M("十二个", 12, "个", "完成重点企业节能降碳技术改造项目"),
             M("二十家", 20, "家", "完成清洁生产审核企业"),
             M("八百台(套)", 800, "台(套)", "淘汰高耗能落后机电设备")],
    actuals=[M("十二个", 12, "个", "技改项目(scope, restated)"),
             M("九个", 9, "个", "已竣工投产技改项目"),
             M("三个", 3, "个", "正在安装的技改项目"),
             M("二十三家", 23, "家", "完成清洁生产审核并通过评估验收企业"),
             M("九百六十五台(套)", 965, "台(套)", "淘汰落后电机、变压器等设备")],
    pairs=[("t1", ["a2"]), ("t2", ["a4"]), ("t3", ["a5"])],
    note="Chinese numerals. 十二个 in the progress restates the scope and does not answer. 完成 asks for finished projects: 九个 completed and in production answer (0.75); the three still installing equipment do not count (would-be sum 1.0). 23/20 = 1.15. 965/800 = 1.2063.")

# 40 节能量: 初步测算 for an elapsed period answers, a completion share not paired, two 领域 parts summed for a combined sub-target
P = "1-10月"
row("市节能减排工作领导小组办公室(市发展改革委)",
    "全年实现节能量45万吨标准煤,其中工业领域节能30万吨标准煤、建筑和交通领域节能15万吨标准煤。",
    "据初步测算,1-10月全市实现节能量38.3万吨标准煤,完成年度目标的85.1%,其中工业领域26.9万吨标准煤,建筑领域6.2万吨标准煤,交通领域5.2万吨标准煤。",
    targets=[M("45万吨标准煤", 45, "万吨标准煤", "全年节能量"),
             M("30万吨标准煤", 30, "万吨标准煤", "工业领域节能"),
             M("15万吨标准煤", 15, "万吨标准煤", "建筑和交通领域节能")],
    actuals=[M("38.3万吨标准煤", 38.3, "万吨标准煤", "实现节能量", period=P),
             M("85.1%", 85.1, "%", "完成年度目标的(比例)", period=P),
             M("26.9万吨标准煤", 26.9, "万吨标准煤", "工业领域节能量", period=P),
             M("6.2万吨标准煤", 6.2, "万吨标准煤", "建筑领域节能量", period=P),
             M("5.2万吨标准煤", 5.2, "万吨标准煤", "交通领域节能量", period=P)],
    pairs=[("t1", ["a1"]), ("t2", ["a3"]), ("t3", ["a4", "a5"])],
    note="据初步测算 estimates an elapsed period (1-10月): it answers. 38.3/45 = 0.8511 (the text's 85.1% is a share, not paired). 26.9/30 = 0.8967. The combined 建筑和交通 sub-target is met by its two parts: 6.2 + 5.2 = 11.4万吨标准煤 (combine sum, 0.76).")


probe.write(Path(__file__).with_name("probe-energy.gold.jsonl"))
