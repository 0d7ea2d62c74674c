"""Writes probe-indicators.gold.jsonl: 40 rows written for this probe (not taken from any report)
and hand-annotated in the gold schema (corpus/SCHEMA.md). The rows imitate the quarterly
supervision tables that a city government office (督查室 / 发改委) publishes for its 重点指标 and
重点任务 ("XX市2024年政府工作报告重点任务推进情况表", "主要经济指标完成情况"): the task cell is a
target statement copied from the work report, the progress cell is a terse clerk's note, mostly
as of the end of September (1-9月 / 前三季度), some at mid-year or year end. Six rows are in
traditional characters; some use full-width digits or Chinese numerals. Checks that every
annotated string occurs (nth), that no two mentions of a column claim the same span, computes
ratios (signed: a fall answering a growth target gives a negative ratio), and lists digit and
numeral runs left unannotated. Run: python tests/cases/make_probe_indicators.py"""
from pathlib import Path

from gold_writer import M, O, ProbeSet

probe = ProbeSet("probe6")


def row(task, progress, *args, owners="", **kw):
    probe.row(owners, task, progress, *args, **kw)


# ---------------------------------------------------------------------------------------------
# Part 1 (items 1-20): 主要经济指标 and the first 重点任务, mostly as of the end of September
# ---------------------------------------------------------------------------------------------

# 1 GDP: 增速回落, gap to the target, rank, YTD level against the year's level
P = "前三季度"
row("地区生产总值增长6.5%左右,经济总量突破3200亿元。",
    "前三季度,全市地区生产总值2386.4亿元,同比增长5.9%,增速较上半年回落0.3个百分点,低于年度目标0.6个百分点,居全省第5位。",
    targets=[M("6.5%", 6.5, "%", "地区生产总值", kind="growth", bound="approx"),
             M("3200亿元", 3200, "亿元", "经济总量", bound="min")],
    actuals=[M("2386.4亿元", 2386.4, "亿元", "地区生产总值", period=P),
             M("5.9%", 5.9, "%", "地区生产总值同比增长", kind="growth", period=P),
             M("0.3个百分点", 0.3, "个百分点", "增速较上半年回落", kind="reduction", period=P),
             M("0.6个百分点", 0.6, "个百分点", "增速低于年度目标(差距)", period=P)],
    pairs=[("t1", ["a2"]), ("t2", ["a1"])],
    owners="市发改委、市统计局",
    note="The growth target pairs with the growth (5.9/6.5); the year's level target with the cumulative three-quarter level (progress so far). 回落0.3个百分点 is a change of the growth rate, 0.6个百分点 a gap to the target. 第5位 is a rank.")

# 2 规上工业 (full-width digits): 增速为, comparison with the provincial average, 其中 part, 回落
P = "１－９月"
row("规模以上工业增加值增长８％以上,工业投资增长１２％。",
    "１－９月,规上工业增加值增速为８．６％,高于全省平均水平１．２个百分点;工业投资同比增长９．４％,其中技改投资增长２１．３％,工业投资增速较上年同期回落３．１个百分点。",
    targets=[M("８％", 8, "%", "规模以上工业增加值", kind="growth", bound="min"),
             M("１２％", 12, "%", "工业投资", kind="growth")],
    actuals=[M("８．６％", 8.6, "%", "规上工业增加值增速", kind="growth", period=P),
             M("１．２个百分点", 1.2, "个百分点", "增速高于全省平均水平", period=P),
             M("９．４％", 9.4, "%", "工业投资同比增长", kind="growth", period=P),
             M("２１．３％", 21.3, "%", "技改投资增长", kind="growth", period=P),
             M("３．１个百分点", 3.1, "个百分点", "工业投资增速较上年同期回落", kind="reduction", period=P)],
    pairs=[("t1", ["a1"]), ("t2", ["a3"])],
    owners="市工信局",
    note="Full-width digits throughout (１－９月, ８．６％). 增速为 is a growth. The 其中 part (技改投资) has no target and is not the answer to 工业投资. The period digits (１, ９) are a date range.")

# 3 固定资产投资: 上年同期 baseline, 完成率, 超序时进度, 开工率
P = "1-9月"
row("固定资产投资增长8%;市级重点项目完成年度投资950亿元,新开工项目120个。",
    "1-9月,全市固定资产投资同比增长4.7%,上年同期为7.2%;市级重点项目完成投资786.5亿元,占年度计划的82.8%,超序时进度7.8个百分点;新开工项目104个,开工率86.7%。",
    targets=[M("8%", 8, "%", "固定资产投资", kind="growth"),
             M("950亿元", 950, "亿元", "市级重点项目完成年度投资"),
             M("120个", 120, "个", "市级重点项目新开工")],
    actuals=[M("4.7%", 4.7, "%", "固定资产投资同比增长", kind="growth", period=P),
             M("7.2%", 7.2, "%", "固定资产投资增长(上年同期)", kind="growth", period="上年同期"),
             M("786.5亿元", 786.5, "亿元", "市级重点项目完成投资", period=P),
             M("82.8%", 82.8, "%", "占年度计划的(比例)", period=P),
             M("7.8个百分点", 7.8, "个百分点", "超序时进度", period=P),
             M("104个", 104, "个", "新开工项目", period=P),
             M("86.7%", 86.7, "%", "开工率", period=P)],
    pairs=[("t1", ["a1"]), ("t2", ["a3"]), ("t3", ["a6"])],
    owners="市发改委",
    note="上年同期为7.2% is last year's baseline (would-be 0.9). 82.8% is a completion share, 7.8个百分点 the lead over the 序时进度, 86.7% a start rate: none is an actual of a target.")

# 4 社零 (traditional): YTD level, growth, comparison with the province, 其中 限上 part
P = "1-9月"
row("社會消費品零售總額增長7%,達到1180億元。",
    "1-9月,全市實現社會消費品零售總額842.6億元,同比增長6.3%,增速比全省高0.4個百分點;其中限額以上單位消費品零售額318.2億元,增長8.1%。",
    targets=[M("7%", 7, "%", "社會消費品零售總額", kind="growth"),
             M("1180億元", 1180, "億元", "社會消費品零售總額")],
    actuals=[M("842.6億元", 842.6, "億元", "社會消費品零售總額", period=P),
             M("6.3%", 6.3, "%", "社會消費品零售總額同比增長", kind="growth", period=P),
             M("0.4個百分點", 0.4, "個百分點", "增速比全省高", period=P),
             M("318.2億元", 318.2, "億元", "限額以上單位消費品零售額", period=P),
             M("8.1%", 8.1, "%", "限額以上單位消費品零售額增長", kind="growth", period=P)],
    pairs=[("t1", ["a2"]), ("t2", ["a1"])],
    owners="市商務局",
    note="Traditional characters (億, 個百分點). The 其中 part (限上, growing 8.1%) does not answer the total's growth target (would-be 1.1571).")

# 5 外贸 + 外资: answered out of order, 其中 出口 sub-target, import falls
P = "截至9月底"
row("外贸进出口总额突破600亿元,其中出口400亿元;实际使用外资3亿美元。",
    "截至9月底,实际使用外资2.16亿美元,完成年度目标的72%;外贸进出口总额完成438.9亿元,同比增长3.6%,其中出口302.4亿元,增长5.8%,进口136.5亿元,下降0.9%。",
    targets=[M("600亿元", 600, "亿元", "外贸进出口总额", bound="min"),
             M("400亿元", 400, "亿元", "出口"),
             M("3亿美元", 3, "亿美元", "实际使用外资")],
    actuals=[M("2.16亿美元", 2.16, "亿美元", "实际使用外资", period=P),
             M("72%", 72, "%", "完成年度目标的(比例)", period=P),
             M("438.9亿元", 438.9, "亿元", "外贸进出口总额", period=P),
             M("3.6%", 3.6, "%", "外贸进出口总额同比增长", kind="growth", period=P),
             M("302.4亿元", 302.4, "亿元", "出口", period=P),
             M("5.8%", 5.8, "%", "出口增长", kind="growth", period=P),
             M("136.5亿元", 136.5, "亿元", "进口", period=P),
             M("0.9%", 0.9, "%", "进口下降", kind="reduction", period=P)],
    pairs=[("t1", ["a3"]), ("t2", ["a5"]), ("t3", ["a1"])],
    owners="市商务局",
    note="Out of order: the last target (外资) is answered first. The 其中 sub-target 出口 pairs with the 出口 part; the import part has no target.")

# 6 外资 (mixed units): target in 亿美元, actual in 万美元; class threshold in the progress
P = "1-9月"
row("实际使用外资1.2亿美元,新引进外资项目15个。",
    "1-9月,全市实际使用外资8630万美元,同比增长14.2%,完成年度目标的71.9%;新引进外资项目11个,其中合同外资超1000万美元项目4个。",
    targets=[M("1.2亿美元", 1.2, "亿美元", "实际使用外资"),
             M("15个", 15, "个", "新引进外资项目")],
    actuals=[M("8630万美元", 8630, "万美元", "实际使用外资", period=P),
             M("14.2%", 14.2, "%", "实际使用外资同比增长", kind="growth", period=P),
             M("71.9%", 71.9, "%", "完成年度目标的(比例)", period=P),
             M("11个", 11, "个", "新引进外资项目", period=P),
             M("1000万美元", 1000, "万美元", "合同外资超1000万美元项目(class)"),
             M("4个", 4, "个", "合同外资超1000万美元项目", period=P)],
    pairs=[("t1", ["a1"]), ("t2", ["a4"])],
    owners="市商务局、市投资促进中心",
    note="Mixed multipliers: 8630万美元 against 1.2亿美元 = 0.7192. 1000万美元 is a class threshold in the progress (an actual with period null).")

# 7 一般公共预算收入: a fall answering a growth target (signed ratio), 完成预算 share, 其中 税收
P = "1-9月"
row("一般公共预算收入增长5.5%,税收占比提高到75%以上。",
    "1-9月,一般公共预算收入完成146.8亿元,同口径下降1.6%,完成年度预算的71.3%;其中税收收入108.2亿元,税收占比73.7%,较上年同期提高1.5个百分点。",
    targets=[M("5.5%", 5.5, "%", "一般公共预算收入", kind="growth"),
             M("75%", 75, "%", "税收占比", bound="min")],
    actuals=[M("146.8亿元", 146.8, "亿元", "一般公共预算收入", period=P),
             M("1.6%", 1.6, "%", "一般公共预算收入同口径下降", kind="reduction", period=P),
             M("71.3%", 71.3, "%", "完成年度预算的(比例)", period=P),
             M("108.2亿元", 108.2, "亿元", "税收收入", period=P),
             M("73.7%", 73.7, "%", "税收占比", period=P),
             M("1.5个百分点", 1.5, "个百分点", "税收占比较上年同期提高", kind="growth", period=P)],
    pairs=[("t1", ["a2"]), ("t2", ["a5"])],
    owners="市财政局、市税务局",
    note="A fall (同口径下降1.6%, kind reduction) answers the growth target: signed ratio -1.6/5.5 = -0.2909. 71.3% is the share of the budget collected, not the growth.")

# 8 居民收入: range growth target, progress lists rural before urban (分别), gap in 个百分点
P = "前三季度"
row("城镇居民人均可支配收入增长5.5%左右,农村居民人均可支配收入增长6%-6.5%。",
    "前三季度,农村、城镇居民人均可支配收入分别为18642元、39810元,分别增长6.8%、4.9%,城镇居民收入增速低于年度目标0.6个百分点。",
    targets=[M("5.5%", 5.5, "%", "城镇居民人均可支配收入", kind="growth", bound="approx"),
             M("6%-6.5%", 6, "%", "农村居民人均可支配收入", kind="growth", bound="range", value_max=6.5)],
    actuals=[M("18642元", 18642, "元", "农村居民人均可支配收入", period=P),
             M("39810元", 39810, "元", "城镇居民人均可支配收入", period=P),
             M("6.8%", 6.8, "%", "农村居民人均可支配收入增长", kind="growth", period=P),
             M("4.9%", 4.9, "%", "城镇居民人均可支配收入增长", kind="growth", period=P),
             M("0.6个百分点", 0.6, "个百分点", "城镇居民收入增速低于年度目标(差距)", period=P)],
    pairs=[("t1", ["a4"]), ("t2", ["a3"])],
    owners="市统计局、市人社局、市农业农村局",
    note="分别 twice in the progress maps 农村/城镇 in that order, the reverse of the task. Range target: ratio against the lower end (6.8/6). The levels in 元 have no target.")

# 9 CPI 持平 and month-end unemployment rate; sub-indices; 回落
row("居民消费价格涨幅控制在3%左右,城镇调查失业率控制在5.5%以内。",
    "1-9月,居民消费价格与上年同期持平,其中食品烟酒类价格下降1.8%,服务价格上涨0.9%;9月末城镇调查失业率为5.1%,比6月末回落0.2个百分点。",
    targets=[M("3%", 3, "%", "居民消费价格涨幅", kind="growth", bound="approx"),
             M("5.5%", 5.5, "%", "城镇调查失业率", bound="max")],
    actuals=[M("持平", 0, "%", "居民消费价格与上年同期持平", kind="growth", unit_inferred=True, period="1-9月"),
             M("1.8%", 1.8, "%", "食品烟酒类价格下降", kind="reduction", period="1-9月"),
             M("0.9%", 0.9, "%", "服务价格上涨", kind="growth", period="1-9月"),
             M("5.1%", 5.1, "%", "城镇调查失业率", period="9月末"),
             M("0.2个百分点", 0.2, "个百分点", "失业率比6月末回落", kind="reduction", period="9月末")],
    pairs=[("t1", ["a1"]), ("t2", ["a4"])],
    owners="市发改委、市人社局",
    note="与上年同期持平: zero growth written without a digit (text 持平, value 0, unit % inferred), ratio 0. The sub-indices do not answer. Only the month-end rate is given; it answers the cap (5.1/5.5, below 1 is good).")

# 10 能耗: 前三季度预计 (elapsed period) answers; year-end forecast does not; CO2 target unanswered
row("单位地区生产总值能耗下降2.5%,单位地区生产总值二氧化碳排放下降3%。",
    "经初步测算,前三季度全市单位地区生产总值能耗预计同比下降2.8%,规上工业单位增加值能耗下降4.6%;全市能源消费总量1236.5万吨标准煤,增长3.2%;预计全年单位地区生产总值能耗下降3%左右,能够完成省下达的年度目标。",
    targets=[M("2.5%", 2.5, "%", "单位地区生产总值能耗", kind="reduction"),
             M("3%", 3, "%", "单位地区生产总值二氧化碳排放", kind="reduction")],
    actuals=[M("2.8%", 2.8, "%", "单位地区生产总值能耗同比下降(预计)", kind="reduction", period="前三季度"),
             M("4.6%", 4.6, "%", "规上工业单位增加值能耗下降", kind="reduction", period="前三季度"),
             M("1236.5万吨标准煤", 1236.5, "万吨标准煤", "能源消费总量", period="前三季度"),
             M("3.2%", 3.2, "%", "能源消费总量增长", kind="growth", period="前三季度"),
             M("3%", 3, "%", "单位地区生产总值能耗下降(全年预计)", kind="reduction", period="全年")],
    pairs=[("t1", ["a1"])],
    owners="市发改委",
    note="前三季度…预计 is an estimate for a period already over: it answers (2.8/2.5). 预计全年…下降3%左右 is a forecast for the year still under way (would-be 1.2) and is the energy intensity, not the CO2 target that happens to have the same value: t2 stays unpaired.")

# 11 就业: 多增 vs last year, 超额完成 without a number, registered unemployment rate
P = "截至9月末"
row("城镇新增就业3.8万人以上,农村劳动力转移就业2万人,城镇登记失业率控制在3.5%以内。",
    "截至9月末,城镇新增就业3.27万人,完成年度任务的86.1%,比上年同期多增0.21万人;农村劳动力转移就业2.35万人,已超额完成全年目标;城镇登记失业率3.1%。",
    targets=[M("3.8万人", 3.8, "万人", "城镇新增就业", bound="min"),
             M("2万人", 2, "万人", "农村劳动力转移就业"),
             M("3.5%", 3.5, "%", "城镇登记失业率", bound="max")],
    actuals=[M("3.27万人", 3.27, "万人", "城镇新增就业", period=P),
             M("86.1%", 86.1, "%", "完成年度任务的(比例)", period=P),
             M("0.21万人", 0.21, "万人", "城镇新增就业比上年同期多增", period=P),
             M("2.35万人", 2.35, "万人", "农村劳动力转移就业", period=P),
             M("3.1%", 3.1, "%", "城镇登记失业率", period=P)],
    pairs=[("t1", ["a1"]), ("t2", ["a4"]), ("t3", ["a5"])],
    owners="市人社局",
    note="多增0.21万人 is a change against last year (same unit, another measure). 已超额完成全年目标 has no number of its own.")

# 12 粮食 (Chinese numerals in the task): sown area = 夏粮 (万亩) + 秋粮 (亩); output only forecast
row("粮食播种面积稳定在四百二十万亩以上,粮食总产量保持在三十五亿斤以上。",
    "夏粮已归仓,全市夏粮播种面积186.3万亩,总产14.6亿斤,同比增长1.2%;秋粮播种面积2361500亩,目前长势总体正常,预计全年粮食总产量35.2亿斤左右。",
    targets=[M("四百二十万亩", 420, "万亩", "粮食播种面积", bound="min"),
             M("三十五亿斤", 35, "亿斤", "粮食总产量", bound="min")],
    actuals=[M("186.3万亩", 186.3, "万亩", "夏粮播种面积"),
             M("14.6亿斤", 14.6, "亿斤", "夏粮总产"),
             M("1.2%", 1.2, "%", "夏粮总产同比增长", kind="growth"),
             M("2361500亩", 2361500, "亩", "秋粮播种面积"),
             M("35.2亿斤", 35.2, "亿斤", "粮食总产量(全年预计)", period="全年")],
    pairs=[("t1", ["a1", "a4"])],
    owners="市农业农村局",
    note="Chinese numerals in the task (四百二十万亩, 三十五亿斤). The year's sown area is summer plus autumn grain, written in different units (万亩 and 亩): sum 422.45万亩, ratio 1.0058. Output: the summer part alone is not the year's output and 预计全年35.2亿斤 is a forecast (would-be 1.0057): t2 unpaired.")

# 13 高标准农田: 已完成 with numbers, target restated, target 万亩 vs actual 亩
row("新建高标准农田12万亩,改造提升高效节水灌溉面积3万亩。",
    "已完成。年度下达新建高标准农田12万亩任务,全年实际建成121360亩,完成投资2.43亿元,已全部通过县级初验;高效节水灌溉面积完成3.2万亩。",
    targets=[M("12万亩", 12, "万亩", "新建高标准农田"),
             M("3万亩", 3, "万亩", "改造提升高效节水灌溉面积")],
    actuals=[M("12万亩", 12, "万亩", "年度下达新建高标准农田任务(restated)"),
             M("121360亩", 121360, "亩", "实际建成高标准农田", period="全年"),
             M("2.43亿元", 2.43, "亿元", "完成投资", period="全年"),
             M("3.2万亩", 3.2, "万亩", "高效节水灌溉面积", period="全年")],
    pairs=[("t1", ["a2"]), ("t2", ["a4"])],
    owners="市农业农村局",
    note="年度下达…12万亩任务 restates the target (would-be 1.0); the realised 121360亩 (in 亩, target in 万亩) answers: 1.0113. 已完成 opens the cell.")

# 14 重大项目: 110千伏 and 二期 in project names, parts of the total, 序时进度 as a bare percent
P = "1-9月"
row("加快推进110千伏临港变电站、城东污水处理厂二期等重大项目建设,全年完成投资18亿元。",
    "正在推进。110千伏临港变电站主体土建完工,完成投资1.36亿元;城东污水处理厂二期完成设备安装,完成投资2.9亿元;纳入调度的14个重大项目1-9月累计完成投资13.05亿元,占年度计划的72.5%,序时进度为75%。",
    targets=[M("18亿元", 18, "亿元", "重大项目完成投资")],
    other=[O("110千伏", 110, "千伏", "specification inside a project name (110千伏临港变电站)")],
    actuals=[M("110千伏", 110, "千伏", "110千伏临港变电站(specification)"),
             M("1.36亿元", 1.36, "亿元", "110千伏临港变电站完成投资"),
             M("2.9亿元", 2.9, "亿元", "城东污水处理厂二期完成投资"),
             M("14个", 14, "个", "纳入调度的重大项目(scope)"),
             M("13.05亿元", 13.05, "亿元", "重大项目累计完成投资", period=P),
             M("72.5%", 72.5, "%", "占年度计划的(比例)", period=P),
             M("75%", 75, "%", "序时进度", period=P)],
    pairs=[("t1", ["a5"])],
    owners="市发改委、市重点项目服务中心",
    note="二期 is a phase label, 110千伏 a specification (other in the task, actual with period null in the progress). The two projects' 1.36 and 2.9亿元 are parts of the 13.05亿元 and are not added. 序时进度为75% is the schedule benchmark, 72.5% the completion share.")

# 15 招商引资: 亿元 target vs 万元 actual, class thresholds, projects still under negotiation
P = "1-9月"
row("全年招商引资到位资金320亿元,新签约亿元以上项目80个,其中10亿元以上项目12个。",
    "1-9月,招商引资到位资金2416800万元,同比增长9.3%;新签约亿元以上项目67个,完成年度任务的83.8%,其中10亿元以上项目9个,另有5个10亿元以上项目处于洽谈阶段;已签约项目开工率62.7%。",
    targets=[M("320亿元", 320, "亿元", "招商引资到位资金"),
             M("80个", 80, "个", "新签约亿元以上项目"),
             M("12个", 12, "个", "新签约10亿元以上项目")],
    other=[O("10亿元", 10, "亿元", "class threshold (10亿元以上项目)")],
    actuals=[M("2416800万元", 2416800, "万元", "招商引资到位资金", period=P),
             M("9.3%", 9.3, "%", "到位资金同比增长", kind="growth", period=P),
             M("67个", 67, "个", "新签约亿元以上项目", period=P),
             M("83.8%", 83.8, "%", "完成年度任务的(比例)", period=P),
             M("10亿元", 10, "亿元", "10亿元以上项目(class)", nth=0),
             M("9个", 9, "个", "新签约10亿元以上项目", period=P),
             M("5个", 5, "个", "处于洽谈阶段的10亿元以上项目", period=P),
             M("10亿元", 10, "亿元", "10亿元以上项目(class)", nth=1),
             M("62.7%", 62.7, "%", "已签约项目开工率", period=P)],
    pairs=[("t1", ["a1"]), ("t2", ["a3"]), ("t3", ["a6"])],
    owners="市投资促进中心",
    note="2416800万元 = 241.68亿元 against 320亿元: 0.7552. 亿元以上 has no digit (no mention). The 5 projects 处于洽谈 are not signed (would-be sum 1.1667). 开工率 is another measure.")

# 16 高新技术企业 (traditional): batches (ordinals), second batch only applied, stock total
row("高新技術企業總數達到1100家,新增科技型中小企業入庫400家。",
    "今年第一批高新技術企業認定156家,第二批申報238家,目前正在專家評審;全市有效高新技術企業982家。科技型中小企業已入庫426家,完成率106.5%。",
    targets=[M("1100家", 1100, "家", "高新技術企業總數"),
             M("400家", 400, "家", "新增科技型中小企業入庫")],
    actuals=[M("156家", 156, "家", "第一批認定高新技術企業", period="今年"),
             M("238家", 238, "家", "第二批申報高新技術企業(評審中)", period="今年"),
             M("982家", 982, "家", "有效高新技術企業"),
             M("426家", 426, "家", "科技型中小企業已入庫"),
             M("106.5%", 106.5, "%", "完成率")],
    pairs=[("t1", ["a3"]), ("t2", ["a4"])],
    owners="市科技局",
    note="Traditional characters. 第一批/第二批 are batch ordinals. The total target is answered by the stock 982家 (0.8927); the 238 applicants under review do not count (would-be sum with the stock 1.1091).")

# 17 研发投入强度: only last year's figure (baseline) exists; technical contracts answer
row("全社会研发经费投入强度提高到2.6%,技术合同成交额突破80亿元。",
    "研发投入强度为年度统计指标,上年全市为2.41%,今年数据预计明年三季度发布;1-9月,全市登记技术合同成交额67.4亿元,同比增长22.6%。",
    targets=[M("2.6%", 2.6, "%", "全社会研发经费投入强度"),
             M("80亿元", 80, "亿元", "技术合同成交额", bound="min")],
    actuals=[M("2.41%", 2.41, "%", "研发投入强度(上年)", period="上年"),
             M("67.4亿元", 67.4, "亿元", "登记技术合同成交额", period="1-9月"),
             M("22.6%", 22.6, "%", "技术合同成交额同比增长", kind="growth", period="1-9月")],
    pairs=[("t2", ["a2"])],
    owners="市科技局、市统计局",
    note="2.41% is last year's value, the baseline of the target, not a result for this year (would-be 0.9269): t1 unpaired. 明年三季度 is a date.")

# 18 棚改 (year end, one full-width figure): 新开工 met, 基本建成 short, remainder moved to next year
P = "全年"
row("新开工棚户区改造安置住房4200套,基本建成3000套。",
    "新开工任务已完成。全年新开工棚改安置住房４２３６套,开工率100.9%;基本建成2870套,完成年度任务的95.7%,剩余130套因规划调整转入下年度。",
    targets=[M("4200套", 4200, "套", "新开工棚户区改造安置住房"),
             M("3000套", 3000, "套", "基本建成棚户区改造安置住房")],
    actuals=[M("４２３６套", 4236, "套", "新开工棚改安置住房", period=P),
             M("100.9%", 100.9, "%", "开工率", period=P),
             M("2870套", 2870, "套", "基本建成", period=P),
             M("95.7%", 95.7, "%", "完成年度任务的(比例)", period=P),
             M("130套", 130, "套", "转入下年度的剩余套数", period=P)],
    pairs=[("t1", ["a1"]), ("t2", ["a3"])],
    owners="市住建局",
    note="One full-width figure among half-width ones (４２３６套). The 130 units moved to next year are not added (would-be sum 1.0).")

# 19 保障房: both targets restated in the progress, then answered with 分别
P = "截至9月底"
row("筹集保障性租赁住房6000套(间),建设配售型保障性住房1500套。",
    "年度目标任务为筹集保障性租赁住房6000套(间)、建设配售型保障房1500套。截至9月底,分别完成4580套(间)、620套,完成率分别为76.3%、41.3%。",
    targets=[M("6000套", 6000, "套", "筹集保障性租赁住房"),
             M("1500套", 1500, "套", "建设配售型保障性住房")],
    actuals=[M("6000套", 6000, "套", "保障性租赁住房年度目标(restated)"),
             M("1500套", 1500, "套", "配售型保障房年度目标(restated)"),
             M("4580套", 4580, "套", "筹集保障性租赁住房", period=P),
             M("620套", 620, "套", "建设配售型保障房", period=P),
             M("76.3%", 76.3, "%", "保障性租赁住房完成率", period=P),
             M("41.3%", 41.3, "%", "配售型保障房完成率", period=P)],
    pairs=[("t1", ["a3"]), ("t2", ["a4"])],
    owners="市住建局",
    note="年度目标任务为… restates both targets (would-be 1.0 each); 分别完成 maps 4580/620 onto them in order. 套(间): the unit is 套.")

# 20 学位 (Chinese numerals in the progress): delivered before term, rest forecast
row("新建改扩建中小学、幼儿园15所,新增学位1.2万个。",
    "秋季开学前,十一所学校建成投用,新增学位9360个;其余四所预计年底前竣工,届时可再增加学位2880个。",
    targets=[M("15所", 15, "所", "新建改扩建中小学、幼儿园"),
             M("1.2万个", 1.2, "万个", "新增学位")],
    actuals=[M("十一所", 11, "所", "建成投用学校", period="秋季开学前"),
             M("9360个", 9360, "个", "新增学位", period="秋季开学前"),
             M("四所", 4, "所", "预计年底前竣工学校", period="年底前"),
             M("2880个", 2880, "个", "届时可再增加学位", period="年底前")],
    pairs=[("t1", ["a1"]), ("t2", ["a2"])],
    owners="市教育局",
    note="Chinese numerals (十一所, 四所). The remaining four schools and 2880 places are a forecast (would-be sums 1.0 and 1.02). 9360个 against 1.2万个: 0.78.")

# ---------------------------------------------------------------------------------------------
# Part 2 (items 21-40): 重点任务 and the remaining 指标
# ---------------------------------------------------------------------------------------------

# 21 医疗床位 (traditional): names with 第一 and 二期, stock vs increment, per-thousand rate
P = "1-9月"
row("新增醫療衛生機構床位1200張,每千人口醫療衛生機構床位數達到7.2張。",
    "1-9月,市第一人民醫院新院區、市婦幼保健院二期相繼投用,新增床位980張;全市醫療衛生機構床位總數達到4.86萬張,每千人口床位數7.05張,較上年末提高0.18張。",
    targets=[M("1200張", 1200, "張", "新增醫療衛生機構床位"),
             M("7.2張", 7.2, "張", "每千人口醫療衛生機構床位數")],
    actuals=[M("980張", 980, "張", "新增床位", period=P),
             M("4.86萬張", 4.86, "萬張", "醫療衛生機構床位總數", period=P),
             M("7.05張", 7.05, "張", "每千人口床位數", period=P),
             M("0.18張", 0.18, "張", "每千人口床位數較上年末提高", period=P)],
    pairs=[("t1", ["a1"]), ("t2", ["a3"])],
    owners="市衛健委",
    note="Traditional characters. 第一人民醫院 and 二期 are names/phase labels; 每千人口 is the basis of a rate. The stock 4.86萬張 does not answer the increment (would-be 40.5).")

# 22 养老床位: total and 其中 part, 不低于 share, change since the start of the year
P = "今年以来"
row("新增养老床位1000张,养老机构护理型床位占比不低于60%。",
    "今年以来新增养老床位1120张,其中护理型床位760张;全市养老机构床位总数1.32万张,护理型床位占比58.4%,较年初提高2.6个百分点。",
    targets=[M("1000张", 1000, "张", "新增养老床位"),
             M("60%", 60, "%", "养老机构护理型床位占比", bound="min")],
    actuals=[M("1120张", 1120, "张", "新增养老床位", period=P),
             M("760张", 760, "张", "新增护理型床位", period=P),
             M("1.32万张", 1.32, "万张", "养老机构床位总数", period=P),
             M("58.4%", 58.4, "%", "护理型床位占比", period=P),
             M("2.6个百分点", 2.6, "个百分点", "护理型床位占比较年初提高", kind="growth", period=P)],
    pairs=[("t1", ["a1"]), ("t2", ["a4"])],
    owners="市民政局",
    note="The 其中 part (760张) is inside the 1120张 and is not added. The share target pairs with the level 58.4%, not with the change 2.6个百分点.")

# 23 交通 (full-width digits): three targets answered in reverse order, 其中 part, weaker status
P = "１－９月"
row("新建高速公路３５公里,新改建普通国省道６０公里,实施农村公路提质改造３００公里。",
    "１－９月,农村公路提质改造完成２４６．８公里;普通国省道新改建完成４１．５公里,其中一级公路１８公里;高速公路项目完成路基工程２７公里、桥梁下部结构３８６０米,尚不具备通车条件。",
    targets=[M("３５公里", 35, "公里", "新建高速公路"),
             M("６０公里", 60, "公里", "新改建普通国省道"),
             M("３００公里", 300, "公里", "农村公路提质改造")],
    actuals=[M("２４６．８公里", 246.8, "公里", "农村公路提质改造完成", period=P),
             M("４１．５公里", 41.5, "公里", "普通国省道新改建完成", period=P),
             M("１８公里", 18, "公里", "其中一级公路", period=P),
             M("２７公里", 27, "公里", "高速公路完成路基工程", period=P),
             M("３８６０米", 3860, "米", "桥梁下部结构", period=P)],
    pairs=[("t2", ["a2"]), ("t3", ["a1"])],
    owners="市交通运输局",
    note="Full-width digits. Answered in reverse order. 一级公路 is a grade label. The expressway has only its roadbed done and is not open: a weaker status than 新建 (would-be 0.7714), t1 unpaired. The bridge substructure in 米 is another measure.")

# 24 污水: rates with 以上, capacity in 万吨/日, a plant under construction (capacity in its description)
P = "前三季度"
row("城市生活污水集中收集率达到70%以上,县城污水处理率达到96%,新增污水处理能力5万吨/日。",
    "前三季度,城市生活污水集中收集率68.2%,较上年同期提高3.1个百分点;县城污水处理率96.5%;城北污水处理厂扩建工程已通水试运行,新增处理能力3万吨/日,在建的城南再生水厂(设计规模2万吨/日)已完成主体施工。",
    targets=[M("70%", 70, "%", "城市生活污水集中收集率", bound="min"),
             M("96%", 96, "%", "县城污水处理率"),
             M("5万吨/日", 5, "万吨/日", "新增污水处理能力")],
    actuals=[M("68.2%", 68.2, "%", "城市生活污水集中收集率", period=P),
             M("3.1个百分点", 3.1, "个百分点", "集中收集率较上年同期提高", kind="growth", period=P),
             M("96.5%", 96.5, "%", "县城污水处理率", period=P),
             M("3万吨/日", 3, "万吨/日", "城北污水处理厂扩建新增处理能力", period=P),
             M("2万吨/日", 2, "万吨/日", "在建城南再生水厂设计规模(specification)")],
    pairs=[("t1", ["a1"]), ("t2", ["a3"]), ("t3", ["a4"])],
    owners="市住建局、市城管局",
    note="Only the plant in trial operation adds capacity (3/5 = 0.6); the design scale of the plant under construction is a specification (would-be sum 1.0).")

# 25 空气质量: rank among 13 cities, 上年同期 baseline, 不超过 days cap
P = "1-9月"
row("空气质量优良天数比率达到82%以上,PM2.5平均浓度控制在35微克/立方米以内,重污染天数不超过5天。",
    "1-9月,全市空气质量优良天数比率80.6%,同比下降1.4个百分点,在全省13个设区市中排名第8;PM2.5平均浓度33微克/立方米,上年同期为34微克/立方米;累计发生重污染天气4天。",
    targets=[M("82%", 82, "%", "空气质量优良天数比率", bound="min"),
             M("35微克/立方米", 35, "微克/立方米", "PM2.5平均浓度", bound="max"),
             M("5天", 5, "天", "重污染天数", bound="max")],
    actuals=[M("80.6%", 80.6, "%", "空气质量优良天数比率", period=P),
             M("1.4个百分点", 1.4, "个百分点", "优良天数比率同比下降", kind="reduction", period=P),
             M("13个", 13, "个", "全省设区市(ranking basis)"),
             M("33微克/立方米", 33, "微克/立方米", "PM2.5平均浓度", period=P),
             M("34微克/立方米", 34, "微克/立方米", "PM2.5平均浓度(上年同期)", period="上年同期"),
             M("4天", 4, "天", "重污染天气", period=P)],
    pairs=[("t1", ["a1"]), ("t2", ["a4"]), ("t3", ["a6"])],
    owners="市生态环境局",
    note="排名第8 is a rank; 13个设区市 the count the rank is taken over. 上年同期为34 is a baseline. PM2.5 is a name. Caps: 33/35 and 4/5 (below 1 is good).")

# 26 森林覆盖率: progress says only 已完成
row("完成营造林8万亩,森林覆盖率稳定在45%以上。",
    "已完成。",
    targets=[M("8万亩", 8, "万亩", "营造林"),
             M("45%", 45, "%", "森林覆盖率", bound="min")],
    pairs=[],
    owners="市林业局",
    note="Targets only: 已完成 with no number, nothing to pair.")

# 27 城市更新: progress says only 正在推进, 完成序时进度
row("实施城市更新项目45个,完成投资60亿元。",
    "正在推进,完成序时进度。",
    targets=[M("45个", 45, "个", "实施城市更新项目"),
             M("60亿元", 60, "亿元", "城市更新完成投资")],
    pairs=[],
    owners="市住建局、市自然资源和规划局",
    note="Targets only: 正在推进 / 完成序时进度 without numbers.")

# 28 重点项目: broader aggregate 开竣工, 新开工 and 竣工投产 parts, projects in commissioning
P = "截至9月底"
row("全年省市重点项目新开工150个、竣工投产80个。",
    "截至9月底,省市重点项目开竣工190个;其中新开工131个,开工率87.3%;竣工投产59个,另有17个项目主体完工、正在设备调试。",
    targets=[M("150个", 150, "个", "省市重点项目新开工"),
             M("80个", 80, "个", "省市重点项目竣工投产")],
    actuals=[M("190个", 190, "个", "省市重点项目开竣工", period=P),
             M("131个", 131, "个", "新开工", period=P),
             M("87.3%", 87.3, "%", "开工率", period=P),
             M("59个", 59, "个", "竣工投产", period=P),
             M("17个", 17, "个", "主体完工正在设备调试的项目", period=P)],
    pairs=[("t1", ["a2"]), ("t2", ["a4"])],
    owners="市发改委",
    note="开竣工190个 is the broader aggregate and answers neither target (would-be 1.2667 for 新开工). The 17 projects still in commissioning are not 竣工投产 (would-be sum 0.95).")

# 29 服务业: 前三季度 preliminary estimate answers; range target; contribution in 个百分点
row("服务业增加值增长7%,规模以上服务业营业收入增长10%-12%。",
    "据统计部门初步预计,前三季度全市服务业增加值增长6.4%,拉动经济增长3.3个百分点;1-8月,规上服务业营业收入同比增长11.7%。",
    targets=[M("7%", 7, "%", "服务业增加值", kind="growth"),
             M("10%-12%", 10, "%", "规模以上服务业营业收入", kind="growth", bound="range", value_max=12)],
    actuals=[M("6.4%", 6.4, "%", "服务业增加值增长(初步预计)", kind="growth", period="前三季度"),
             M("3.3个百分点", 3.3, "个百分点", "拉动经济增长", period="前三季度"),
             M("11.7%", 11.7, "%", "规上服务业营业收入同比增长", kind="growth", period="1-8月")],
    pairs=[("t1", ["a1"]), ("t2", ["a3"])],
    owners="市发改委、市统计局",
    note="初步预计 for 前三季度 (a period already over) answers. Range target: lower end (11.7/10). 拉动…3.3个百分点 is a contribution, not a growth of the sector.")

# 30 数字经济 (traditional): half-year share, increment vs cumulative, per-10k-people rate, 5G name
row("數字經濟核心產業增加值佔地區生產總值比重達到10%,新建5G基站2000個。",
    "上半年數字經濟核心產業增加值佔比為9.1%;截至9月底,新建5G基站2318個,累計建成1.26萬個,每萬人擁有5G基站21.4個。",
    targets=[M("10%", 10, "%", "數字經濟核心產業增加值佔地區生產總值比重"),
             M("2000個", 2000, "個", "新建5G基站")],
    actuals=[M("9.1%", 9.1, "%", "數字經濟核心產業增加值佔比", period="上半年"),
             M("2318個", 2318, "個", "新建5G基站", period="截至9月底"),
             M("1.26萬個", 1.26, "萬個", "累計建成5G基站", period="截至9月底"),
             M("21.4個", 21.4, "個", "每萬人擁有5G基站", period="截至9月底")],
    pairs=[("t1", ["a1"]), ("t2", ["a2"])],
    owners="市工信局、市通信發展管理辦公室",
    note="Traditional characters. 5G is a name; 每萬人 the basis of a rate. The cumulative stock 1.26萬個 does not answer 新建 (would-be 6.3).")

# 31 旅游: two levels with 分别 growths, holiday sub-period
P = "1-9月"
row("全年接待游客2800万人次,实现旅游总收入300亿元。",
    "1-9月,全市接待游客2316.5万人次,实现旅游总收入246.8亿元,分别增长15.2%和17.6%;其中国庆假期接待游客186万人次。",
    targets=[M("2800万人次", 2800, "万人次", "接待游客"),
             M("300亿元", 300, "亿元", "旅游总收入")],
    actuals=[M("2316.5万人次", 2316.5, "万人次", "接待游客", period=P),
             M("246.8亿元", 246.8, "亿元", "旅游总收入", period=P),
             M("15.2%", 15.2, "%", "接待游客增长", kind="growth", period=P),
             M("17.6%", 17.6, "%", "旅游总收入增长", kind="growth", period=P),
             M("186万人次", 186, "万人次", "国庆假期接待游客", period="国庆假期")],
    pairs=[("t1", ["a1"]), ("t2", ["a2"])],
    owners="市文化广电旅游局",
    note="分别增长 maps the two growths onto the two levels; neither target is a growth. The holiday figure is a sub-period part.")

# 32 城镇化率: annual indicator, only a year-end forecast; nothing pairs
row("常住人口城镇化率提高1个百分点,达到66.5%。",
    "城镇化率为年度统计指标,暂无季度数据;根据人口变动抽样调查推算,预计年末可达66.3%左右,较上年末提高0.8个百分点。",
    targets=[M("1个百分点", 1, "个百分点", "常住人口城镇化率", kind="growth"),
             M("66.5%", 66.5, "%", "常住人口城镇化率")],
    actuals=[M("66.3%", 66.3, "%", "常住人口城镇化率(年末预计)", period="年末"),
             M("0.8个百分点", 0.8, "个百分点", "城镇化率较上年末提高(预计)", kind="growth", period="年末")],
    pairs=[],
    owners="市统计局、市发改委",
    note="Both values are a forecast for the year end, still ahead: nothing pairs (would-be 0.9970 and 0.8).")

# 33 企业培育: 各30家 over two kinds, answered in reverse order; candidates for 入规
P = "1-9月"
row("新增规上工业企业60家,新培育省级专精特新中小企业、创新型中小企业各30家以上。",
    "1-9月,新增规上工业企业52家,另有9家已达到入规标准、正在履行申报程序;新认定创新型中小企业41家、省级专精特新中小企业34家。",
    targets=[M("60家", 60, "家", "新增规上工业企业"),
             M("各30家", 30, "家", "新培育省级专精特新中小企业", bound="min"),
             M("各30家", 30, "家", "新培育创新型中小企业", bound="min")],
    actuals=[M("52家", 52, "家", "新增规上工业企业", period=P),
             M("9家", 9, "家", "达到入规标准正在申报的企业", period=P),
             M("41家", 41, "家", "新认定创新型中小企业", period=P),
             M("34家", 34, "家", "新认定省级专精特新中小企业", period=P)],
    pairs=[("t1", ["a1"]), ("t2", ["a4"]), ("t3", ["a3"])],
    owners="市工信局",
    note="各30家以上 over two kinds is two targets; the progress names them in the reverse order. The 9 firms still in the 申报 procedure are candidates (would-be sum 1.0167).")

# 34 金融: balances, 比年初增加 (deposit increase vs loan increase, same unit), rank
P = "9月末"
row("本外币存款余额增长8%,贷款余额增长10%,全年新增贷款600亿元。",
    "9月末,全市本外币各项存款余额8120.4亿元,比年初增加516.2亿元,同比增长7.6%;各项贷款余额7364.8亿元,比年初增加548.7亿元,同比增长10.9%,增速居全省第3位。",
    targets=[M("8%", 8, "%", "本外币存款余额", kind="growth"),
             M("10%", 10, "%", "贷款余额", kind="growth"),
             M("600亿元", 600, "亿元", "新增贷款")],
    actuals=[M("8120.4亿元", 8120.4, "亿元", "本外币各项存款余额", period=P),
             M("516.2亿元", 516.2, "亿元", "存款比年初增加", period=P),
             M("7.6%", 7.6, "%", "存款余额同比增长", kind="growth", period=P),
             M("7364.8亿元", 7364.8, "亿元", "各项贷款余额", period=P),
             M("548.7亿元", 548.7, "亿元", "贷款比年初增加", period=P),
             M("10.9%", 10.9, "%", "贷款余额同比增长", kind="growth", period=P)],
    pairs=[("t1", ["a3"]), ("t2", ["a6"]), ("t3", ["a5"])],
    owners="人民银行市分行、市金融工作局",
    note="新增贷款 = 贷款比年初增加 (548.7/600); the deposit increase 516.2亿元 is another measure in the same unit. 各项 is not a distributor. 第3位 is a rank.")

# 35 农村污水 (traditional): the 序时进度 benchmark written as a percentage
P = "截至9月底"
row("農村生活污水治理率達到45%,農村衛生廁所普及率穩定在95%以上。",
    "截至9月底,全市農村生活污水治理率為43.2%,較年初提高3.6個百分點,按序時進度應達到43.5%;農村衛生廁所普及率96.1%。",
    targets=[M("45%", 45, "%", "農村生活污水治理率"),
             M("95%", 95, "%", "農村衛生廁所普及率", bound="min")],
    actuals=[M("43.2%", 43.2, "%", "農村生活污水治理率", period=P),
             M("3.6個百分點", 3.6, "個百分點", "治理率較年初提高", kind="growth", period=P),
             M("43.5%", 43.5, "%", "按序時進度應達到的治理率(benchmark)", period=P),
             M("96.1%", 96.1, "%", "農村衛生廁所普及率", period=P)],
    pairs=[("t1", ["a1"]), ("t2", ["a4"])],
    owners="市生態環境局、市農業農村局",
    note="Traditional characters. 按序時進度應達到43.5% is the schedule benchmark in the measure's own unit, not the actual (would-be 0.9667); the actual 43.2% answers (0.96).")

# 36 妇幼 (‰): 分别…以内 over two rates, answered in reverse order; age class; births fall
P = "1-9月"
row("婴儿死亡率、5岁以下儿童死亡率分别控制在4‰、6‰以内,适龄儿童免疫规划疫苗接种率保持在95%以上。",
    "1-9月,全市5岁以下儿童死亡率4.12‰,婴儿死亡率2.86‰,均低于年度控制目标;免疫规划疫苗接种率98.3%;出生人口同比减少6.7%。",
    targets=[M("4‰", 4, "‰", "婴儿死亡率", bound="max"),
             M("6‰", 6, "‰", "5岁以下儿童死亡率", bound="max"),
             M("95%", 95, "%", "适龄儿童免疫规划疫苗接种率", bound="min")],
    other=[O("5岁", 5, "岁", "class threshold (5岁以下儿童)")],
    actuals=[M("5岁", 5, "岁", "5岁以下儿童(class)"),
             M("4.12‰", 4.12, "‰", "5岁以下儿童死亡率", period=P),
             M("2.86‰", 2.86, "‰", "婴儿死亡率", period=P),
             M("98.3%", 98.3, "%", "免疫规划疫苗接种率", period=P),
             M("6.7%", 6.7, "%", "出生人口同比减少", kind="reduction", period=P)],
    pairs=[("t1", ["a3"]), ("t2", ["a2"]), ("t3", ["a4"])],
    owners="市卫健委",
    note="分别控制在4‰、6‰以内: 以内 governs both values. The progress reverses the order, and 4.12‰ (5岁以下) lies close to the 婴儿 cap 4‰ but answers the 6‰ one (0.6867). 均低于年度控制目标 has no number.")

# 37 港口: target 亿吨 vs actual 万吨, target 万标箱 vs actual 标箱, monthly mean
P = "1-9月"
row("港口货物吞吐量达到1.5亿吨,集装箱吞吐量突破120万标箱。",
    "1-9月,港口完成货物吞吐量11286万吨,同比增长4.1%;集装箱吞吐量926400标箱,同比增长12.8%,月均完成10.3万标箱。",
    targets=[M("1.5亿吨", 1.5, "亿吨", "港口货物吞吐量"),
             M("120万标箱", 120, "万标箱", "集装箱吞吐量", bound="min")],
    actuals=[M("11286万吨", 11286, "万吨", "港口货物吞吐量", period=P),
             M("4.1%", 4.1, "%", "货物吞吐量同比增长", kind="growth", period=P),
             M("926400标箱", 926400, "标箱", "集装箱吞吐量", period=P),
             M("12.8%", 12.8, "%", "集装箱吞吐量同比增长", kind="growth", period=P),
             M("10.3万标箱", 10.3, "万标箱", "集装箱吞吐量月均", period=P)],
    pairs=[("t1", ["a1"]), ("t2", ["a3"])],
    owners="市港航管理中心",
    note="Mixed multipliers: 11286万吨 / 1.5亿吨 = 0.7524; 926400标箱 / 120万标箱 = 0.772. The monthly mean 10.3万标箱 is not the total.")

# 38 工业产值: 尚差 gap, required monthly pace for 四季度, share with 较上年同期提高
P = "1-9月"
row("规上工业总产值突破2000亿元,战略性新兴产业产值占规上工业比重提高到40%。",
    "1-9月,规上工业总产值完成1436.2亿元,同比增长7.5%,距全年目标尚差563.8亿元,四季度需月均完成187.9亿元;战略性新兴产业产值占比38.6%,较上年同期提高1.9个百分点。",
    targets=[M("2000亿元", 2000, "亿元", "规上工业总产值", bound="min"),
             M("40%", 40, "%", "战略性新兴产业产值占规上工业比重")],
    actuals=[M("1436.2亿元", 1436.2, "亿元", "规上工业总产值", period=P),
             M("7.5%", 7.5, "%", "规上工业总产值同比增长", kind="growth", period=P),
             M("563.8亿元", 563.8, "亿元", "距全年目标尚差", period=P),
             M("187.9亿元", 187.9, "亿元", "四季度需月均完成", period="四季度"),
             M("38.6%", 38.6, "%", "战略性新兴产业产值占比", period=P),
             M("1.9个百分点", 1.9, "个百分点", "占比较上年同期提高", kind="growth", period=P)],
    pairs=[("t1", ["a1"]), ("t2", ["a5"])],
    owners="市工信局、市统计局",
    note="尚差563.8亿元 is the gap to the target and 187.9亿元 the monthly pace still required: neither is a result.")

# 39 城乡居民养老 (traditional): per-person-per-month standard raised mid-year, old value, total paid
row("城鄉居民基本養老保險參保率達到97%,基礎養老金最低標準提高到每人每月210元。",
    "全市城鄉居民基本養老保險參保人數286.4萬人,參保率97.3%;自7月1日起,基礎養老金最低標準由每人每月188元提高至213元,1-9月累計發放基礎養老金14.6億元。",
    targets=[M("97%", 97, "%", "城鄉居民基本養老保險參保率"),
             M("每人每月210元", 210, "元/人月", "基礎養老金最低標準")],
    actuals=[M("286.4萬人", 286.4, "萬人", "城鄉居民基本養老保險參保人數"),
             M("97.3%", 97.3, "%", "參保率"),
             M("每人每月188元", 188, "元/人月", "基礎養老金最低標準(調整前)"),
             M("213元", 213, "元/人月", "基礎養老金最低標準", unit_inferred=True, period="自7月1日起"),
             M("14.6億元", 14.6, "億元", "累計發放基礎養老金", period="1-9月")],
    pairs=[("t1", ["a2"]), ("t2", ["a4"])],
    owners="市人社局、市財政局",
    note="Traditional characters. The per-person-per-month standard: 由…188元提高至213元, the old value is not a result; 213元 inherits 每人每月 (unit inferred). 14.6億元 is the total paid, another measure. 7月1日 is a date.")

# 40 城市管网: four targets answered out of order, completion rates, lag behind 序时进度
P = "截至9月底"
row("新建改造城市燃气管网120公里、供水管网80公里、雨污管网150公里,新增城市停车泊位8000个。",
    "截至9月底,新增城市停车泊位6350个;雨污管网新建改造136.2公里,完成率90.8%;供水管网完成81.4公里,已提前完成全年任务;燃气管网因材料招标延期,仅完成57公里,完成率47.5%,落后序时进度27.5个百分点。",
    targets=[M("120公里", 120, "公里", "新建改造城市燃气管网"),
             M("80公里", 80, "公里", "新建改造供水管网"),
             M("150公里", 150, "公里", "新建改造雨污管网"),
             M("8000个", 8000, "个", "新增城市停车泊位")],
    actuals=[M("6350个", 6350, "个", "新增城市停车泊位", period=P),
             M("136.2公里", 136.2, "公里", "雨污管网新建改造", period=P),
             M("90.8%", 90.8, "%", "雨污管网完成率", period=P),
             M("81.4公里", 81.4, "公里", "供水管网完成", period=P),
             M("57公里", 57, "公里", "燃气管网完成", period=P),
             M("47.5%", 47.5, "%", "燃气管网完成率", period=P),
             M("27.5个百分点", 27.5, "个百分点", "燃气管网落后序时进度", period=P)],
    pairs=[("t1", ["a5"]), ("t2", ["a4"]), ("t3", ["a2"]), ("t4", ["a1"])],
    owners="市住建局、市城管局、市公安局交警支队",
    note="Four targets answered in the order 4, 3, 2, 1; each head noun (燃气/供水/雨污) is restated. 完成率 and the lag behind the 序时进度 are not actuals of a target.")


probe.write(Path(__file__).with_name("probe-indicators.gold.jsonl"))
