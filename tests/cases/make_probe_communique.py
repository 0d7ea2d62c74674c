"""Writes probe-communique.gold.jsonl: 40 rows written for this probe (not taken from any report) and
hand-annotated in the gold schema (corpus/SCHEMA.md). Each row pairs one paragraph of the main
expected targets (主要预期目标) of a province's, city's or prefecture's government work report (the
task: 地区生产总值增长X%左右, 一般公共预算收入增长X%, 城镇新增就业X万人, 城镇调查失业率控制在X%
左右/以内, 居民消费价格涨幅X%左右, 粮食产量稳定在X万吨/亿斤以上, 单位地区生产总值能耗下降X%,
居民收入增长与经济增长同步, 固定资产投资, 社会消费品零售总额, 进出口, 实际使用外资 ...) with one or
two paragraphs of the next year's statistical communiqué (统计公报) or the next work report's review
of the past year (过去一年) as the progress: long prose with many figures (比上年增长, 按可比价格计算,
其中 第一/二/三产业 增加值, 分别增长, 人均, 全年平均 vs 年末, 全体 vs 城镇 vs 农村 居民, 名义 vs 实际
增长, 同比, 较上年末, 比重/占比, 个百分点, 亿美元 vs 亿元, 万吨 vs 亿斤, 千公顷 vs 万亩, 万元 vs 亿元,
年末常住人口, 年均 over five years, baselines 上年为, A、B均 coordination, growth targets answered by a
fall or by 持平, ranges, CPI 涨幅 as an upper bound, targets stated only in words, rows where nothing
answers). The government and statistics bureau of the place are the row's owners. Places and
numbers are invented. Five rows are in traditional characters; some use full-width digits or
Chinese numerals.
Gold decisions: an actual answers a target when it reports the same measure for the same scope and
the same period kind (the year, not a five-year average); growth targets pair with growth actuals
(a fall gives a negative signed ratio), level targets with levels; a share of GDP is not the amount,
a part (其中, 城镇/农村) is not the whole, another currency is not convertible here.
Checks (gold_writer.py) that every annotated string occurs (nth), that no two mentions of a column
claim the same or overlapping spans, that no mention starts inside a longer number, that every
period occurs in the progress text, computes ratios, and lists digit and numeral runs left
unannotated (years, PM2.5, 三次产业, 每万人口, 过去五年/过去一年 are left on purpose).
Run: cd tests/cases && python make_probe_communique.py"""
from pathlib import Path

from gold_writer import M, O, ProbeSet

probe = ProbeSet("probe20")
row = probe.row


# ---------------------------------------------------------------------------------------------
# Part 1 (items 1-20): provincial and city work-report targets against the next year's communiqué
# ---------------------------------------------------------------------------------------------

# 1 省 baseline: the whole headline set, 其中 三次产业, 三次产业结构 as bare shares, a target in words only
P = "全年"
row("沅川省人民政府、沅川省统计局",
    "今年全省经济社会发展的主要预期目标是:地区生产总值增长5.5%左右;一般公共预算收入增长5%;城镇新增就业60万人以上,城镇调查失业率控制在5.5%左右;居民消费价格涨幅3%左右;居民收入增长与经济增长基本同步;粮食产量稳定在3500万吨以上;单位地区生产总值能耗降低完成国家下达的目标任务。",
    "初步核算,全年全省地区生产总值58236.4亿元,按可比价格计算,比上年增长5.8%。其中,第一产业增加值5120.7亿元,增长3.9%;第二产业增加值22684.3亿元,增长6.1%;第三产业增加值30431.4亿元,增长5.9%。三次产业结构为8.8:39.0:52.2。全年一般公共预算收入4126.8亿元,比上年增长6.3%,其中税收收入2895.2亿元,增长8.1%。全年城镇新增就业68.4万人,城镇调查失业率平均为5.2%。全年居民消费价格比上年上涨0.2%。全年粮食总产量3568.2万吨,比上年增加41.6万吨,增长1.2%。",
    targets=[M("5.5%", 5.5, "%", "地区生产总值", kind="growth", bound="approx", nth=0),
             M("5%", 5, "%", "一般公共预算收入", kind="growth", nth=1),
             M("60万人", 60, "万人", "城镇新增就业", bound="min"),
             M("5.5%", 5.5, "%", "城镇调查失业率", bound="approx", nth=1),
             M("3%", 3, "%", "居民消费价格涨幅", kind="growth", bound="approx"),
             M("3500万吨", 3500, "万吨", "粮食产量", bound="min")],
    actuals=[M("58236.4亿元", 58236.4, "亿元", "地区生产总值", period=P),
             M("5.8%", 5.8, "%", "地区生产总值比上年增长", kind="growth", period=P),
             M("5120.7亿元", 5120.7, "亿元", "第一产业增加值"),
             M("3.9%", 3.9, "%", "第一产业增加值增长", kind="growth"),
             M("22684.3亿元", 22684.3, "亿元", "第二产业增加值"),
             M("6.1%", 6.1, "%", "第二产业增加值增长", kind="growth"),
             M("30431.4亿元", 30431.4, "亿元", "第三产业增加值"),
             M("5.9%", 5.9, "%", "第三产业增加值增长", kind="growth"),
             M("8.8", 8.8, "%", "第一产业占比(三次产业结构)", unit_inferred=True),
             M("39.0", 39.0, "%", "第二产业占比(三次产业结构)", unit_inferred=True),
             M("52.2", 52.2, "%", "第三产业占比(三次产业结构)", unit_inferred=True),
             M("4126.8亿元", 4126.8, "亿元", "一般公共预算收入", period=P),
             M("6.3%", 6.3, "%", "一般公共预算收入比上年增长", kind="growth", period=P),
             M("2895.2亿元", 2895.2, "亿元", "税收收入", period=P),
             M("8.1%", 8.1, "%", "税收收入增长", kind="growth", period=P),
             M("68.4万人", 68.4, "万人", "城镇新增就业", period=P),
             M("5.2%", 5.2, "%", "城镇调查失业率(平均)", period=P),
             M("0.2%", 0.2, "%", "居民消费价格比上年上涨", kind="growth", period=P),
             M("3568.2万吨", 3568.2, "万吨", "粮食总产量", period=P),
             M("41.6万吨", 41.6, "万吨", "粮食总产量比上年增加", period=P),
             M("1.2%", 1.2, "%", "粮食总产量增长", kind="growth", period=P)],
    pairs=[("t1", ["a2"]), ("t2", ["a13"]), ("t3", ["a16"]), ("t4", ["a17"]), ("t5", ["a18"]),
           ("t6", ["a19"])],
    note="GDP growth 5.8/5.5 = 1.0545 (the 三次产业 growths are parts, not the whole). Revenue growth 6.3/5 = 1.26 (税收 8.1% is its 其中 part). 68.4/60 = 1.14. Unemployment 5.2/5.5 = 0.9455 (the 全年平均 rate against an approx level). CPI 上涨0.2% against 涨幅3%左右: 0.0667. Grain 3568.2/3500万吨 = 1.0195; 增加41.6万吨 and 增长1.2% are changes, not the level. 居民收入…同步 and the 能耗 target have no number. 8.8:39.0:52.2 are shares written without %, nothing to pair; 三次 in 三次产业结构 is part of a name.")

# 2 市 review: a fall answering a growth target, 分别 urban/rural in both columns, a target in words
P = "过去一年"
row("桐江市人民政府",
    "今年经济社会发展的主要预期目标为:地区生产总值增长6%以上,规模以上工业增加值增长7%,固定资产投资增长8%,社会消费品零售总额增长6.5%,外贸进出口保持稳定,实际使用外资5亿美元,城乡居民人均可支配收入分别增长5.5%和7%。",
    "过去一年,全市地区生产总值达到3862.7亿元、增长6.4%,规上工业增加值增长8.2%,社会消费品零售总额增长7.3%,受部分重大项目建设周期影响,固定资产投资同比下降2.1%;外贸进出口总额完成612.4亿元,增长0.8%;实际使用外资4.12亿美元;城镇、农村居民人均可支配收入分别达到56830元、31260元,分别增长4.9%、7.2%。",
    targets=[M("6%", 6, "%", "地区生产总值", kind="growth", bound="min"),
             M("7%", 7, "%", "规模以上工业增加值", kind="growth", nth=0),
             M("8%", 8, "%", "固定资产投资", kind="growth"),
             M("6.5%", 6.5, "%", "社会消费品零售总额", kind="growth"),
             M("5亿美元", 5, "亿美元", "实际使用外资"),
             M("5.5%", 5.5, "%", "城镇居民人均可支配收入", kind="growth"),
             M("7%", 7, "%", "农村居民人均可支配收入", kind="growth", nth=1)],
    actuals=[M("3862.7亿元", 3862.7, "亿元", "地区生产总值", period=P),
             M("6.4%", 6.4, "%", "地区生产总值增长", kind="growth", period=P),
             M("8.2%", 8.2, "%", "规上工业增加值增长", kind="growth", period=P),
             M("7.3%", 7.3, "%", "社会消费品零售总额增长", kind="growth", period=P),
             M("2.1%", 2.1, "%", "固定资产投资同比下降", kind="reduction", period=P),
             M("612.4亿元", 612.4, "亿元", "外贸进出口总额", period=P),
             M("0.8%", 0.8, "%", "外贸进出口总额增长", kind="growth", period=P),
             M("4.12亿美元", 4.12, "亿美元", "实际使用外资", period=P),
             M("56830元", 56830, "元", "城镇居民人均可支配收入", period=P),
             M("31260元", 31260, "元", "农村居民人均可支配收入", period=P),
             M("4.9%", 4.9, "%", "城镇居民人均可支配收入增长", kind="growth", period=P),
             M("7.2%", 7.2, "%", "农村居民人均可支配收入增长", kind="growth", period=P)],
    pairs=[("t1", ["a2"]), ("t2", ["a3"]), ("t3", ["a5"]), ("t4", ["a4"]), ("t5", ["a8"]),
           ("t6", ["a11"]), ("t7", ["a12"])],
    note="Review of the past year in the next work report. 6.4/6 = 1.0667; 8.2/7 = 1.1714; the investment growth target is answered by a fall: signed -2.1/8 = -0.2625; 7.3/6.5 = 1.1231; 4.12/5亿美元 = 0.824. 分别 in the task (城乡 5.5%, 7%) and twice in the progress (城镇, 农村): 4.9/5.5 = 0.8909, 7.2/7 = 1.0286; the 元 levels have no target. 外贸进出口保持稳定 has no number, so 612.4亿元 and 0.8% answer nothing. 过去一年 is the period (its 一 is not a quantity).")

# 3 省: 全部工业 vs 规上工业, 服务业 = 第三产业, 人均 in 元 and in 美元, R&D growth
P = "全年"
row("汐川省人民政府、汐川省统计局",
    "主要预期目标:全省地区生产总值增长6%左右,规模以上工业增加值增长6.5%,人均地区生产总值达到10万元,服务业增加值增长6%以上,研发经费投入增长10%以上。",
    "全年全省地区生产总值81452.6亿元,比上年增长6.2%。全部工业增加值28736.1亿元,增长6.8%;规模以上工业增加值增长7.1%,其中制造业增长7.6%,高技术制造业增长12.4%,占规模以上工业增加值的比重为17.3%。第三产业增加值43918.5亿元,增长5.7%。按常住人口计算,全年人均地区生产总值98632元,按年平均汇率折算为1.39万美元。全年研究与试验发展(R&D)经费支出2035.4亿元,增长11.2%。",
    targets=[M("6%", 6, "%", "地区生产总值", kind="growth", bound="approx", nth=0),
             M("6.5%", 6.5, "%", "规模以上工业增加值", kind="growth"),
             M("10万元", 10, "万元", "人均地区生产总值"),
             M("6%", 6, "%", "服务业增加值", kind="growth", bound="min", nth=1),
             M("10%", 10, "%", "研发经费投入", kind="growth", bound="min")],
    actuals=[M("81452.6亿元", 81452.6, "亿元", "地区生产总值", period=P),
             M("6.2%", 6.2, "%", "地区生产总值比上年增长", kind="growth", period=P),
             M("28736.1亿元", 28736.1, "亿元", "全部工业增加值"),
             M("6.8%", 6.8, "%", "全部工业增加值增长", kind="growth"),
             M("7.1%", 7.1, "%", "规模以上工业增加值增长", kind="growth"),
             M("7.6%", 7.6, "%", "制造业增加值增长", kind="growth"),
             M("12.4%", 12.4, "%", "高技术制造业增加值增长", kind="growth"),
             M("17.3%", 17.3, "%", "高技术制造业占规模以上工业增加值的比重"),
             M("43918.5亿元", 43918.5, "亿元", "第三产业增加值"),
             M("5.7%", 5.7, "%", "第三产业增加值增长", kind="growth"),
             M("98632元", 98632, "元", "人均地区生产总值", period=P),
             M("1.39万美元", 1.39, "万美元", "人均地区生产总值(按年平均汇率折算)", period=P),
             M("2035.4亿元", 2035.4, "亿元", "研究与试验发展经费支出", period=P),
             M("11.2%", 11.2, "%", "研究与试验发展经费支出增长", kind="growth", period=P)],
    pairs=[("t1", ["a2"]), ("t2", ["a5"]), ("t3", ["a11"]), ("t4", ["a10"]), ("t5", ["a14"])],
    note="6.2/6 = 1.0333. The industry target is 规模以上: 7.1/6.5 = 1.0923, not the 全部工业 6.8% (would-be 1.0462) nor the 制造业 part. 人均 98632元 against 10万元 = 0.9863; the 1.39万美元 is the same figure in dollars (no common unit) and the GDP total is not per capita. 服务业 is 第三产业: 5.7/6 = 0.95. R&D 11.2/10 = 1.12; the 2035.4亿元 is the amount, not the growth. (R&D) is a name.")

# 4 市 agriculture: 万亩 target vs 千公顷 actual, 万吨 vs 亿斤, 出栏 vs 存栏, income target with nothing
P = "全年"
row("临澜市人民政府、临澜市统计局",
    "农业农村方面的主要预期目标是:粮食播种面积稳定在1200万亩以上、总产量稳定在500万吨以上,生猪出栏480万头,农林牧渔业增加值增长3.5%,农村居民人均可支配收入增长7%。",
    "全年粮食播种面积812.6千公顷,比上年增加4.3千公顷;粮食总产量101.2亿斤,增长0.9%,其中夏粮38.6亿斤,秋粮62.6亿斤。全年生猪出栏467.2万头,下降3.6%;年末生猪存栏301.5万头。全年农林牧渔业增加值612.3亿元,按可比价格计算,增长3.8%。",
    targets=[M("1200万亩", 1200, "万亩", "粮食播种面积", bound="min"),
             M("500万吨", 500, "万吨", "粮食总产量", bound="min"),
             M("480万头", 480, "万头", "生猪出栏"),
             M("3.5%", 3.5, "%", "农林牧渔业增加值", kind="growth"),
             M("7%", 7, "%", "农村居民人均可支配收入", kind="growth")],
    actuals=[M("812.6千公顷", 812.6, "千公顷", "粮食播种面积", period=P),
             M("4.3千公顷", 4.3, "千公顷", "粮食播种面积比上年增加", period=P),
             M("101.2亿斤", 101.2, "亿斤", "粮食总产量", period=P),
             M("0.9%", 0.9, "%", "粮食总产量增长", kind="growth", period=P),
             M("38.6亿斤", 38.6, "亿斤", "夏粮产量", period=P),
             M("62.6亿斤", 62.6, "亿斤", "秋粮产量", period=P),
             M("467.2万头", 467.2, "万头", "生猪出栏", period=P),
             M("3.6%", 3.6, "%", "生猪出栏下降", kind="reduction", period=P),
             M("301.5万头", 301.5, "万头", "年末生猪存栏", period="年末"),
             M("612.3亿元", 612.3, "亿元", "农林牧渔业增加值", period=P),
             M("3.8%", 3.8, "%", "农林牧渔业增加值增长", kind="growth", period=P)],
    pairs=[("t1", ["a1"]), ("t2", ["a3"]), ("t3", ["a7"]), ("t4", ["a11"])],
    note="Units differ: 812.6千公顷 = 8.126e9 m² against 1200万亩 = 8.0e9 m²: 1.0157. 101.2亿斤 = 506万吨 against 500万吨: 1.012; 夏粮/秋粮 are its parts (sum 101.2) and are not added again. 出栏 467.2/480 = 0.9733; 年末存栏 301.5万头 is a stock, another measure. 3.8/3.5 = 1.0857. The rural income target has no figure in this paragraph: unpaired.")

# 5 市: CPI 涨幅 as an upper bound answered by a fall, sub-indices and PPI, 人 against 万人, 年末 rate
P = "全年"
row("北溟市人民政府、北溟市统计局",
    "全市主要预期目标:居民消费价格涨幅控制在3%以内,城镇调查失业率控制在5.5%以内,城镇新增就业5万人,新增农村劳动力转移就业1.5万人。",
    "全年居民消费价格比上年下降0.3%,其中食品烟酒类价格下降2.1%,衣着类价格上涨1.4%,居住类价格持平;工业生产者出厂价格下降2.6%。全年城镇新增就业52360人,农村劳动力转移就业1.72万人;年末城镇调查失业率为5.1%。",
    targets=[M("3%", 3, "%", "居民消费价格涨幅", kind="growth", bound="max"),
             M("5.5%", 5.5, "%", "城镇调查失业率", bound="max"),
             M("5万人", 5, "万人", "城镇新增就业", nth=0),
             M("1.5万人", 1.5, "万人", "新增农村劳动力转移就业")],
    actuals=[M("0.3%", 0.3, "%", "居民消费价格比上年下降", kind="reduction", period=P),
             M("2.1%", 2.1, "%", "食品烟酒类价格下降", kind="reduction", period=P),
             M("1.4%", 1.4, "%", "衣着类价格上涨", kind="growth", period=P),
             M("持平", 0, "%", "居住类价格持平", kind="growth", unit_inferred=True, period=P),
             M("2.6%", 2.6, "%", "工业生产者出厂价格下降", kind="reduction", period=P),
             M("52360人", 52360, "人", "城镇新增就业", period=P),
             M("1.72万人", 1.72, "万人", "农村劳动力转移就业", period=P),
             M("5.1%", 5.1, "%", "年末城镇调查失业率", period="年末")],
    pairs=[("t1", ["a1"]), ("t2", ["a8"]), ("t3", ["a6"]), ("t4", ["a7"])],
    note="CPI 涨幅控制在3%以内 is a cap on a growth; the CPI fell: signed -0.3/3 = -0.1. Sub-indices (食品烟酒, 衣着, 居住持平) and the PPI are other measures. Only the 年末 rate is given: 5.1/5.5 = 0.9273. 52360人 against 5万人 = 1.0472; 1.72/1.5 = 1.1467. '5万人' nth 1 lies inside '1.5万人'.")

# 6 省: 调查 vs 登记 unemployment, 全年平均 vs 年末, 其中 graduates (a count) against a rate target
P = "全年"
row("岱原省人民政府、岱原省统计局",
    "就业方面的预期目标是:城镇新增就业45万人,城镇调查失业率控制在5.5%左右,城镇登记失业率控制在4%以内,高校毕业生就业率保持在90%以上。",
    "全年城镇新增就业47.3万人,其中高校毕业生就业创业12.6万人;城镇失业人员再就业13.8万人,就业困难人员就业4.9万人。全年全省城镇调查失业率平均值为5.3%,比上年下降0.2个百分点;年末城镇登记失业率为3.2%。",
    targets=[M("45万人", 45, "万人", "城镇新增就业"),
             M("5.5%", 5.5, "%", "城镇调查失业率", bound="approx"),
             M("4%", 4, "%", "城镇登记失业率", bound="max"),
             M("90%", 90, "%", "高校毕业生就业率", bound="min")],
    actuals=[M("47.3万人", 47.3, "万人", "城镇新增就业", period=P),
             M("12.6万人", 12.6, "万人", "高校毕业生就业创业", period=P),
             M("13.8万人", 13.8, "万人", "城镇失业人员再就业", period=P),
             M("4.9万人", 4.9, "万人", "就业困难人员就业", period=P),
             M("5.3%", 5.3, "%", "城镇调查失业率平均值", period=P),
             M("0.2个百分点", 0.2, "个百分点", "调查失业率比上年下降", kind="reduction", period=P),
             M("3.2%", 3.2, "%", "年末城镇登记失业率", period="年末")],
    pairs=[("t1", ["a1"]), ("t2", ["a5"]), ("t3", ["a7"])],
    note="47.3/45 = 1.0511; the graduates (12.6万人) are its 其中 part, and 再就业/就业困难人员 are other measures. The surveyed rate target is answered by the 全年平均 5.3% (0.9636), the registered rate target by the 年末 3.2% (0.8); the two rates are different measures and do not answer each other. 下降0.2个百分点 is a change of the rate. The graduate employment rate (90%) has no rate in the text: the 12.6万人 count does not answer it.")

# 7 市: GDP energy intensity target vs 规上工业 intensity (narrower scope), PM2.5 a name, a repeated 5.7%
P = "全年"
row("沚阳市人民政府、沚阳市统计局",
    "绿色发展的主要目标:单位地区生产总值能耗下降3%,单位地区生产总值二氧化碳排放下降3.5%,规模以上工业增加值增长8%,PM2.5平均浓度控制在35微克/立方米以下,空气质量优良天数比率达到85%。",
    "全年规模以上工业增加值比上年增长8.6%。规模以上工业综合能源消费量1865.3万吨标准煤,增长2.4%;单位规模以上工业增加值能耗下降5.7%。全年市区空气质量优良天数比率为86.3%,PM2.5年平均浓度为33微克/立方米,比上年下降5.7%。",
    targets=[M("3%", 3, "%", "单位地区生产总值能耗", kind="reduction"),
             M("3.5%", 3.5, "%", "单位地区生产总值二氧化碳排放", kind="reduction"),
             M("8%", 8, "%", "规模以上工业增加值", kind="growth"),
             M("35微克/立方米", 35, "微克/立方米", "PM2.5平均浓度", bound="max"),
             M("85%", 85, "%", "空气质量优良天数比率")],
    actuals=[M("8.6%", 8.6, "%", "规模以上工业增加值比上年增长", kind="growth", period=P),
             M("1865.3万吨标准煤", 1865.3, "万吨标准煤", "规模以上工业综合能源消费量"),
             M("2.4%", 2.4, "%", "规模以上工业综合能源消费量增长", kind="growth"),
             M("5.7%", 5.7, "%", "单位规模以上工业增加值能耗下降", kind="reduction", nth=0),
             M("86.3%", 86.3, "%", "市区空气质量优良天数比率", period=P),
             M("33微克/立方米", 33, "微克/立方米", "PM2.5年平均浓度", period=P),
             M("5.7%", 5.7, "%", "PM2.5年平均浓度比上年下降", kind="reduction", nth=1, period=P)],
    pairs=[("t3", ["a1"]), ("t4", ["a6"]), ("t5", ["a5"])],
    note="8.6/8 = 1.075. The energy target is per unit of GDP; the text gives only the 规上工业 intensity (a narrower scope): t1 unpaired (would-be 5.7/3 = 1.9); no CO2 figure: t2 unpaired. PM2.5 33/35 = 0.9429 against a cap; the 下降5.7% (nth 1) is the concentration's change, not the energy one (nth 0). 86.3/85 = 1.0153 (市区 is the usual scope of the rate). PM2.5 is a name: its 2.5 is not a quantity.")

# 8 市: 实际增长 targets answered by 实际 (not 名义) growth, 全体 vs 城镇 vs 农村
P = "全年"
row("梧川市人民政府、梧川市统计局",
    "民生方面的主要预期目标:全体居民人均可支配收入实际增长6%,其中农村居民人均可支配收入实际增长7.5%,居民人均消费支出增长6.5%。",
    "全年全体居民人均可支配收入45218元,比上年名义增长5.9%,扣除价格因素实际增长5.7%。按常住地分,城镇居民人均可支配收入55362元,名义增长5.1%,实际增长4.9%;农村居民人均可支配收入27815元,名义增长7.4%,实际增长7.2%。全年全体居民人均消费支出29643元,增长8.3%。",
    targets=[M("6%", 6, "%", "全体居民人均可支配收入实际", kind="growth"),
             M("7.5%", 7.5, "%", "农村居民人均可支配收入实际", kind="growth"),
             M("6.5%", 6.5, "%", "居民人均消费支出", kind="growth")],
    actuals=[M("45218元", 45218, "元", "全体居民人均可支配收入", period=P),
             M("5.9%", 5.9, "%", "全体居民人均可支配收入名义增长", kind="growth", period=P),
             M("5.7%", 5.7, "%", "全体居民人均可支配收入实际增长", kind="growth", period=P),
             M("55362元", 55362, "元", "城镇居民人均可支配收入"),
             M("5.1%", 5.1, "%", "城镇居民人均可支配收入名义增长", kind="growth"),
             M("4.9%", 4.9, "%", "城镇居民人均可支配收入实际增长", kind="growth"),
             M("27815元", 27815, "元", "农村居民人均可支配收入"),
             M("7.4%", 7.4, "%", "农村居民人均可支配收入名义增长", kind="growth"),
             M("7.2%", 7.2, "%", "农村居民人均可支配收入实际增长", kind="growth"),
             M("29643元", 29643, "元", "全体居民人均消费支出", period=P),
             M("8.3%", 8.3, "%", "全体居民人均消费支出增长", kind="growth", period=P)],
    pairs=[("t1", ["a3"]), ("t2", ["a9"]), ("t3", ["a11"])],
    note="The income targets say 实际增长: the real growths answer (全体 5.7/6 = 0.95, 农村 7.2/7.5 = 0.96), not the nominal ones (would-be 0.9833, 0.9867). The 城镇 figures are another scope. The consumption target has no 实际: the headline 增长8.3% answers (1.2769).")

# 9 市: targets stated only in words (同步), a rate target answered only by a count
P = "全年"
row("雩都市人民政府、雩都市统计局",
    "今年的主要预期目标:居民收入增长和经济增长同步、劳动报酬提高和劳动生产率提高同步,城镇调查失业率控制在5.5%以内,基本养老保险参保率稳定在95%以上。",
    "全年全市居民人均可支配收入38964元,比上年增长5.6%;地区生产总值增长5.2%,居民收入增速快于经济增速0.4个百分点。全年城镇调查失业率平均为5.4%。年末全市基本养老保险参保人数486.3万人,比上年末增加6.8万人。",
    targets=[M("5.5%", 5.5, "%", "城镇调查失业率", bound="max"),
             M("95%", 95, "%", "基本养老保险参保率", bound="min")],
    actuals=[M("38964元", 38964, "元", "居民人均可支配收入", period=P),
             M("5.6%", 5.6, "%", "居民人均可支配收入比上年增长", kind="growth", period=P),
             M("5.2%", 5.2, "%", "地区生产总值增长", kind="growth", period=P),
             M("0.4个百分点", 0.4, "个百分点", "居民收入增速快于经济增速(差距)", period=P),
             M("5.4%", 5.4, "%", "城镇调查失业率(平均)", period=P),
             M("486.3万人", 486.3, "万人", "基本养老保险参保人数", period="年末"),
             M("6.8万人", 6.8, "万人", "参保人数比上年末增加", period="年末")],
    pairs=[("t1", ["a5"])],
    note="The two 同步 targets are stated only in words: the income growth 5.6%, the GDP growth 5.2% and the 0.4个百分点 gap have no numeric target to pair with (the text shows the income target met, but there is no ratio). Unemployment 5.4/5.5 = 0.9818. The 参保率 target is a rate; only the 参保人数 (a count) is given: unpaired.")

# 10 省: trade growth in 元 terms vs 美元 terms, 外资 target in 亿美元 answered only in 亿元
P = "全年"
row("湄江省人民政府、湄江省统计局",
    "开放型经济的预期目标是:货物进出口总额增长5%,实际使用外资达到80亿美元,对外直接投资保持稳定。",
    "全年货物进出口总额6842.5亿元,比上年增长3.4%。其中,出口4518.7亿元,增长6.2%;进口2323.8亿元,下降1.9%。以美元计,货物进出口总额963.1亿美元,下降1.6%。全年实际使用外资金额412.6亿元,比上年下降18.5%。",
    targets=[M("5%", 5, "%", "货物进出口总额", kind="growth"),
             M("80亿美元", 80, "亿美元", "实际使用外资")],
    actuals=[M("6842.5亿元", 6842.5, "亿元", "货物进出口总额", period=P),
             M("3.4%", 3.4, "%", "货物进出口总额比上年增长", kind="growth", period=P),
             M("4518.7亿元", 4518.7, "亿元", "出口"),
             M("6.2%", 6.2, "%", "出口增长", kind="growth"),
             M("2323.8亿元", 2323.8, "亿元", "进口"),
             M("1.9%", 1.9, "%", "进口下降", kind="reduction"),
             M("963.1亿美元", 963.1, "亿美元", "货物进出口总额(以美元计)"),
             M("1.6%", 1.6, "%", "货物进出口总额(以美元计)下降", kind="reduction"),
             M("412.6亿元", 412.6, "亿元", "实际使用外资金额", period=P),
             M("18.5%", 18.5, "%", "实际使用外资金额比上年下降", kind="reduction", period=P)],
    pairs=[("t1", ["a2"])],
    note="The trade growth target is answered by the headline (人民币) growth 3.4% (0.68); the 以美元计 fall (1.6%) is the same trade in another currency, given as a supplement. The 外资 target is in 亿美元 and the text gives only 亿元 (412.6亿元), with no dollar figure and no rate to convert: unpaired; the 下降18.5% is a growth, the target a level. 对外直接投资保持稳定 has no number.")

# 11 市: R&D intensity answered by the share of GDP (not the amount), an amount target answered only by a share
row("青岚市人民政府、青岚市统计局",
    "创新发展的主要预期目标:研究与试验发展经费投入强度达到2.6%,数字经济核心产业增加值达到900亿元,高新技术企业达到2000家,每万人口高价值发明专利拥有量达到12件。",
    "全年研究与试验发展(R&D)经费支出192.4亿元,比上年增长9.6%,相当于地区生产总值的2.52%。数字经济核心产业增加值占地区生产总值比重为10.8%,比上年提高0.6个百分点。年末有效高新技术企业2136家,比上年末净增218家。全年专利授权量2.86万件,其中发明专利授权6842件;年末每万人口高价值发明专利拥有量11.6件。",
    targets=[M("2.6%", 2.6, "%", "研究与试验发展经费投入强度"),
             M("900亿元", 900, "亿元", "数字经济核心产业增加值"),
             M("2000家", 2000, "家", "高新技术企业"),
             M("12件", 12, "件", "每万人口高价值发明专利拥有量")],
    actuals=[M("192.4亿元", 192.4, "亿元", "研究与试验发展经费支出", period="全年"),
             M("9.6%", 9.6, "%", "研究与试验发展经费支出比上年增长", kind="growth", period="全年"),
             M("2.52%", 2.52, "%", "研发经费相当于地区生产总值的(投入强度)", period="全年"),
             M("10.8%", 10.8, "%", "数字经济核心产业增加值占地区生产总值比重"),
             M("0.6个百分点", 0.6, "个百分点", "比重比上年提高", kind="growth"),
             M("2136家", 2136, "家", "有效高新技术企业", period="年末"),
             M("218家", 218, "家", "高新技术企业比上年末净增", period="年末"),
             M("2.86万件", 2.86, "万件", "专利授权量", period="全年"),
             M("6842件", 6842, "件", "发明专利授权", period="全年"),
             M("11.6件", 11.6, "件", "每万人口高价值发明专利拥有量", period="年末")],
    pairs=[("t1", ["a3"]), ("t3", ["a6"]), ("t4", ["a10"])],
    note="投入强度 is a share of GDP: 2.52/2.6 = 0.9692; the 192.4亿元 is the amount and the 9.6% its growth. The 数字经济 target is an amount in 亿元; the text gives only its share of GDP (10.8%): a share is not the amount, unpaired. The stock 2136/2000 = 1.068 (净增218家 is the change). 11.6/12 = 0.9667; 发明专利授权 6842件 is another measure. 每万人口 is the denominator of the indicator, not a quantity.")

# 12 地区: nothing answers, the progress paragraph is the population one
row("岚峪地区行政公署、岚峪地区统计局",
    "全区经济社会发展的主要预期目标:全区生产总值增长6.5%左右,一般公共预算收入增长6%,固定资产投资增长10%,社会消费品零售总额增长7%。",
    "年末全区常住人口162.38万人,比上年末减少0.64万人,其中城镇常住人口89.27万人,常住人口城镇化率为54.98%,比上年末提高0.81个百分点。全年出生人口1.12万人,出生率为6.89‰;死亡人口1.31万人,死亡率为8.06‰;人口自然增长率为-1.17‰。",
    targets=[M("6.5%", 6.5, "%", "全区生产总值", kind="growth", bound="approx"),
             M("6%", 6, "%", "一般公共预算收入", kind="growth"),
             M("10%", 10, "%", "固定资产投资", kind="growth"),
             M("7%", 7, "%", "社会消费品零售总额", kind="growth")],
    actuals=[M("162.38万人", 162.38, "万人", "年末常住人口", period="年末"),
             M("0.64万人", 0.64, "万人", "常住人口比上年末减少", period="年末"),
             M("89.27万人", 89.27, "万人", "城镇常住人口", period="年末"),
             M("54.98%", 54.98, "%", "常住人口城镇化率", period="年末"),
             M("0.81个百分点", 0.81, "个百分点", "城镇化率比上年末提高", kind="growth", period="年末"),
             M("1.12万人", 1.12, "万人", "出生人口", period="全年"),
             M("6.89‰", 6.89, "‰", "出生率", period="全年"),
             M("1.31万人", 1.31, "万人", "死亡人口", period="全年"),
             M("8.06‰", 8.06, "‰", "死亡率", period="全年"),
             M("-1.17‰", -1.17, "‰", "人口自然增长率", period="全年")],
    note="Nothing answers: the targets are GDP, revenue, investment and retail growths; the paragraph is the communiqué's population section (年末常住人口, 城镇化率, 出生率, 死亡率, 自然增长率). None of its figures is one of the targeted measures, so no target is paired. The natural growth rate is negative (-1.17‰).")

# 13 省 (traditional): headline set, 稅收 falls inside a growing total, 民間/基礎設施 parts, 年末 rate
P = "全年"
row("嶺東省人民政府、嶺東省統計局",
    "今年全省經濟社會發展的主要預期目標是:全省地區生產總值增長5%左右,一般公共預算收入增長3%,固定資產投資增長5%,社會消費品零售總額增長5.5%,外貿進出口穩中提質,城鎮新增就業50萬人以上,城鎮調查失業率控制在5.5%以內。",
    "全年全省地區生產總值48326.7億元,比上年增長4.8%。一般公共預算收入3256.1億元,增長3.6%,其中稅收收入2287.4億元,下降0.7%。固定資產投資比上年增長5.2%,其中民間投資下降3.4%,基礎設施投資增長9.1%。社會消費品零售總額19685.2億元,增長5.9%。全年城鎮新增就業53.7萬人,年末城鎮調查失業率5.1%。",
    targets=[M("5%", 5, "%", "地區生產總值", kind="growth", bound="approx", nth=0),
             M("3%", 3, "%", "一般公共預算收入", kind="growth"),
             M("5%", 5, "%", "固定資產投資", kind="growth", nth=1),
             M("5.5%", 5.5, "%", "社會消費品零售總額", kind="growth", nth=0),
             M("50萬人", 50, "萬人", "城鎮新增就業", bound="min"),
             M("5.5%", 5.5, "%", "城鎮調查失業率", bound="max", nth=1)],
    actuals=[M("48326.7億元", 48326.7, "億元", "地區生產總值", period=P),
             M("4.8%", 4.8, "%", "地區生產總值比上年增長", kind="growth", period=P),
             M("3256.1億元", 3256.1, "億元", "一般公共預算收入"),
             M("3.6%", 3.6, "%", "一般公共預算收入增長", kind="growth"),
             M("2287.4億元", 2287.4, "億元", "稅收收入"),
             M("0.7%", 0.7, "%", "稅收收入下降", kind="reduction"),
             M("5.2%", 5.2, "%", "固定資產投資比上年增長", kind="growth"),
             M("3.4%", 3.4, "%", "民間投資下降", kind="reduction"),
             M("9.1%", 9.1, "%", "基礎設施投資增長", kind="growth"),
             M("19685.2億元", 19685.2, "億元", "社會消費品零售總額"),
             M("5.9%", 5.9, "%", "社會消費品零售總額增長", kind="growth"),
             M("53.7萬人", 53.7, "萬人", "城鎮新增就業", period=P),
             M("5.1%", 5.1, "%", "年末城鎮調查失業率", period="年末")],
    pairs=[("t1", ["a2"]), ("t2", ["a4"]), ("t3", ["a7"]), ("t4", ["a11"]), ("t5", ["a12"]),
           ("t6", ["a13"])],
    note="Traditional characters. 4.8/5 = 0.96; revenue 3.6/3 = 1.2 (稅收 falls 0.7% inside it, a part); investment 5.2/5 = 1.04 (民間/基礎設施 are parts); retail 5.9/5.5 = 1.0727; jobs 53.7/50 = 1.074; the 年末 surveyed rate 5.1/5.5 = 0.9273. 外貿進出口穩中提質 has no number. The two 5% and two 5.5% in the task are told apart by nth.")

# 14 市 (full-width digits): headline set, a change of the growth rate in 个百分点
P = "全年"
row("蘅州市人民政府、蘅州市统计局",
    "全市主要预期目标:地区生产总值增长６．５％左右,规模以上工业增加值增长８％,一般公共预算收入增长６％,城镇新增就业３．２万人,居民消费价格涨幅控制在３％左右。",
    "全年全市实现地区生产总值２８６４．３亿元,按可比价格计算,比上年增长６．８％,增速比上年提高１．３个百分点。规模以上工业增加值增长９．２％;一般公共预算收入２１５．６亿元,增长５．４％;城镇新增就业３．４６万人;居民消费价格上涨０．５％。",
    targets=[M("６．５％", 6.5, "%", "地区生产总值", kind="growth", bound="approx"),
             M("８％", 8, "%", "规模以上工业增加值", kind="growth"),
             M("６％", 6, "%", "一般公共预算收入", kind="growth"),
             M("３．２万人", 3.2, "万人", "城镇新增就业"),
             M("３％", 3, "%", "居民消费价格涨幅", kind="growth", bound="approx")],
    actuals=[M("２８６４．３亿元", 2864.3, "亿元", "地区生产总值", period=P),
             M("６．８％", 6.8, "%", "地区生产总值比上年增长", kind="growth", period=P),
             M("１．３个百分点", 1.3, "个百分点", "增速比上年提高", kind="growth", period=P),
             M("９．２％", 9.2, "%", "规模以上工业增加值增长", kind="growth"),
             M("２１５．６亿元", 215.6, "亿元", "一般公共预算收入"),
             M("５．４％", 5.4, "%", "一般公共预算收入增长", kind="growth"),
             M("３．４６万人", 3.46, "万人", "城镇新增就业"),
             M("０．５％", 0.5, "%", "居民消费价格上涨", kind="growth")],
    pairs=[("t1", ["a2"]), ("t2", ["a4"]), ("t3", ["a6"]), ("t4", ["a7"]), ("t5", ["a8"])],
    note="Full-width digits and ％ in both columns. 6.8/6.5 = 1.0462; 提高1.3个百分点 is a change of the growth rate, not the growth. 9.2/8 = 1.15; revenue 5.4/6 = 0.9; jobs 3.46/3.2 = 1.0813 (1.08125 rounded); CPI 0.5/3 = 0.1667. The elided subjects after the first sentence are all the year's.")

# 15 市 (Chinese numerals in the task): 百分之六, 两万人, 五十万吨 against 亿斤, a fall in output
P = "全年"
row("澹州市人民政府、澹州市统计局",
    "今年全市经济社会发展的主要预期目标是:地区生产总值增长百分之六左右,城镇新增就业两万人以上,城镇调查失业率控制在百分之五点五以内,粮食产量稳定在五十万吨以上。",
    "全年全市地区生产总值1035.8亿元,比上年增长5.7%。全年城镇新增就业2.31万人,城镇调查失业率5.2%。全年粮食总产量9.86亿斤,比上年减产1.4%。",
    targets=[M("百分之六", 6, "%", "地区生产总值", kind="growth", bound="approx"),
             M("两万人", 2, "万人", "城镇新增就业", bound="min"),
             M("百分之五点五", 5.5, "%", "城镇调查失业率", bound="max"),
             M("五十万吨", 50, "万吨", "粮食产量", bound="min")],
    actuals=[M("1035.8亿元", 1035.8, "亿元", "地区生产总值", period=P),
             M("5.7%", 5.7, "%", "地区生产总值比上年增长", kind="growth", period=P),
             M("2.31万人", 2.31, "万人", "城镇新增就业", period=P),
             M("5.2%", 5.2, "%", "城镇调查失业率", period=P),
             M("9.86亿斤", 9.86, "亿斤", "粮食总产量", period=P),
             M("1.4%", 1.4, "%", "粮食总产量比上年减产", kind="reduction", period=P)],
    pairs=[("t1", ["a2"]), ("t2", ["a3"]), ("t3", ["a4"]), ("t4", ["a5"])],
    note="Chinese numerals in the task (百分之六, 两万人, 百分之五点五, 五十万吨), Arabic in the progress. 5.7/6 = 0.95; 2.31/2 = 1.155; 5.2/5.5 = 0.9455. 9.86亿斤 = 49.3万吨 against 五十万吨: 0.986 (the level target is answered by the level; 减产1.4% is its change).")

# 16 市 five-year review: 年均 growth and a year series do not answer the annual targets; 全体 target vs 城镇/农村 parts
P = "刚刚过去的一年"
row("珩城市人民政府",
    "今年全市发展的主要预期目标是:地区生产总值增长6%,一般公共预算收入增长5%,全体居民人均可支配收入增长6.5%。",
    "过去五年,全市地区生产总值从2018年的2936亿元增加到2023年的4012亿元,年均增长6.3%;一般公共预算收入由186.4亿元增加到247.9亿元,年均增长5.9%;城乡居民人均可支配收入年均分别增长6.1%、7.8%。刚刚过去的一年,地区生产总值增长5.4%,一般公共预算收入增长7.2%,城镇、农村居民人均可支配收入分别增长4.8%和6.9%。",
    targets=[M("6%", 6, "%", "地区生产总值", kind="growth"),
             M("5%", 5, "%", "一般公共预算收入", kind="growth", nth=0),
             M("6.5%", 6.5, "%", "全体居民人均可支配收入", kind="growth")],
    actuals=[M("2936亿元", 2936, "亿元", "地区生产总值(五年前)", period="2018年"),
             M("4012亿元", 4012, "亿元", "地区生产总值", period="2023年"),
             M("6.3%", 6.3, "%", "地区生产总值年均增长", kind="growth", period="过去五年"),
             M("186.4亿元", 186.4, "亿元", "一般公共预算收入(五年前)"),
             M("247.9亿元", 247.9, "亿元", "一般公共预算收入(五年后)"),
             M("5.9%", 5.9, "%", "一般公共预算收入年均增长", kind="growth", period="过去五年"),
             M("6.1%", 6.1, "%", "城镇居民人均可支配收入年均增长", kind="growth", period="过去五年"),
             M("7.8%", 7.8, "%", "农村居民人均可支配收入年均增长", kind="growth", period="过去五年"),
             M("5.4%", 5.4, "%", "地区生产总值增长", kind="growth", period=P),
             M("7.2%", 7.2, "%", "一般公共预算收入增长", kind="growth", period=P),
             M("4.8%", 4.8, "%", "城镇居民人均可支配收入增长", kind="growth", period=P),
             M("6.9%", 6.9, "%", "农村居民人均可支配收入增长", kind="growth", period=P)],
    pairs=[("t1", ["a9"]), ("t2", ["a10"])],
    note="Five-year review followed by the past year. The annual targets are answered by the past year's growths (5.4/6 = 0.9, 7.2/5 = 1.44), not by the 年均 over five years (would-be 1.05, 1.18) nor by the 2018→2023 series. The income target is for 全体居民; the text gives only 城镇 and 农村 growths (parts, 4.8% and 6.9%), no whole: unpaired. 2018年/2023年 are years; 过去五年 and 刚刚过去的一年 are periods.")

# 17 市: a baseline in the task (other), 上年为 in the progress, a 突破 level target missed narrowly
P = "全年"
row("汐州市人民政府、汐州市统计局",
    "在上年增长7.2%的基础上,今年全市地区生产总值增长6.5%以上,规模以上工业增加值增长9%,社会消费品零售总额突破1500亿元。",
    "全年全市地区生产总值3358.6亿元,比上年增长6.1%,上年为7.2%。规模以上工业增加值增长10.3%,增速比上年回落1.4个百分点。社会消费品零售总额1486.2亿元,增长6.7%。",
    targets=[M("6.5%", 6.5, "%", "地区生产总值", kind="growth", bound="min"),
             M("9%", 9, "%", "规模以上工业增加值", kind="growth"),
             M("1500亿元", 1500, "亿元", "社会消费品零售总额", bound="min")],
    other=[O("7.2%", 7.2, "%", "baseline (上年增长7.2%的基础上)")],
    actuals=[M("3358.6亿元", 3358.6, "亿元", "地区生产总值", period=P),
             M("6.1%", 6.1, "%", "地区生产总值比上年增长", kind="growth", period=P),
             M("7.2%", 7.2, "%", "地区生产总值增长(上年)", kind="growth", period="上年"),
             M("10.3%", 10.3, "%", "规模以上工业增加值增长", kind="growth"),
             M("1.4个百分点", 1.4, "个百分点", "增速比上年回落", kind="reduction"),
             M("1486.2亿元", 1486.2, "亿元", "社会消费品零售总额"),
             M("6.7%", 6.7, "%", "社会消费品零售总额增长", kind="growth")],
    pairs=[("t1", ["a2"]), ("t2", ["a4"]), ("t3", ["a6"])],
    note="The task's 7.2% is last year's growth, the baseline (other); the progress's 上年为7.2% repeats it (would-be 1.1077). 6.1/6.5 = 0.9385; 10.3/9 = 1.1444 (回落1.4个百分点 is a change of the rate); 突破1500亿元 answered by the level 1486.2亿元: 0.9908, not by the growth 6.7%.")

# 18 市: A、B均 coordination (one actual answers two targets), a fall answering two growth targets
P = "全年"
row("鹭州市人民政府、鹭州市统计局",
    "今年的主要预期目标:城镇居民人均可支配收入增长6%,农村居民人均可支配收入增长7%,货物进出口总额增长3%,出口增长3%以上。",
    "全年城镇居民和农村居民人均可支配收入均比上年增长6.6%,分别达到52430元和28716元。全年货物进出口总额1286.4亿元,进出口、出口均下降2.3%。",
    targets=[M("6%", 6, "%", "城镇居民人均可支配收入", kind="growth"),
             M("7%", 7, "%", "农村居民人均可支配收入", kind="growth"),
             M("3%", 3, "%", "货物进出口总额", kind="growth", nth=0),
             M("3%", 3, "%", "出口", kind="growth", bound="min", nth=1)],
    actuals=[M("6.6%", 6.6, "%", "城镇、农村居民人均可支配收入均比上年增长", kind="growth", period=P),
             M("52430元", 52430, "元", "城镇居民人均可支配收入", period=P),
             M("28716元", 28716, "元", "农村居民人均可支配收入", period=P),
             M("1286.4亿元", 1286.4, "亿元", "货物进出口总额", period=P),
             M("2.3%", 2.3, "%", "进出口、出口均下降", kind="reduction", period=P)],
    pairs=[("t1", ["a1"]), ("t2", ["a1"]), ("t3", ["a5"]), ("t4", ["a5"])],
    note="均 coordination: one 6.6% is the growth of both incomes, so it answers both targets (6.6/6 = 1.1, 6.6/7 = 0.9429); 分别达到 gives the levels (no level target). 进出口、出口均下降2.3% answers both trade targets with a fall: signed -2.3/3 = -0.7667 each. The 1286.4亿元 level has no target.")

# 19 省: 社零 level in 万亿元, parts by place and by type, 网上零售额 vs 实物商品网上零售额
P = "2023年"
row("嵩川省人民政府、嵩川省统计局",
    "消费方面的预期目标是:社会消费品零售总额增长6%左右,达到2.6万亿元;网上零售额增长10%。",
    "2023年全省社会消费品零售总额25873.6亿元,比上年增长5.4%。按经营地统计,城镇消费品零售额21964.2亿元,增长5.1%;乡村消费品零售额3909.4亿元,增长7.2%。按消费类型统计,商品零售额22841.5亿元,增长4.6%;餐饮收入额3032.1亿元,增长11.8%。全年实物商品网上零售额6128.3亿元,增长9.7%,占社会消费品零售总额的比重为23.7%。",
    targets=[M("6%", 6, "%", "社会消费品零售总额", kind="growth", bound="approx"),
             M("2.6万亿元", 2.6, "万亿元", "社会消费品零售总额"),
             M("10%", 10, "%", "网上零售额", kind="growth")],
    actuals=[M("25873.6亿元", 25873.6, "亿元", "社会消费品零售总额", period=P),
             M("5.4%", 5.4, "%", "社会消费品零售总额比上年增长", kind="growth", period=P),
             M("21964.2亿元", 21964.2, "亿元", "城镇消费品零售额"),
             M("5.1%", 5.1, "%", "城镇消费品零售额增长", kind="growth"),
             M("3909.4亿元", 3909.4, "亿元", "乡村消费品零售额"),
             M("7.2%", 7.2, "%", "乡村消费品零售额增长", kind="growth"),
             M("22841.5亿元", 22841.5, "亿元", "商品零售额"),
             M("4.6%", 4.6, "%", "商品零售额增长", kind="growth"),
             M("3032.1亿元", 3032.1, "亿元", "餐饮收入额"),
             M("11.8%", 11.8, "%", "餐饮收入额增长", kind="growth"),
             M("6128.3亿元", 6128.3, "亿元", "实物商品网上零售额", period="全年"),
             M("9.7%", 9.7, "%", "实物商品网上零售额增长", kind="growth", period="全年"),
             M("23.7%", 23.7, "%", "实物商品网上零售额占社会消费品零售总额的比重", period="全年")],
    pairs=[("t1", ["a2"]), ("t2", ["a1"])],
    note="5.4/6 = 0.9; the level 25873.6亿元 against 2.6万亿元: 0.9951. 城镇/乡村 and 商品/餐饮 are two splits of the same total (parts). The target is 网上零售额 (goods and services); the text gives only 实物商品网上零售额, a narrower part: unpaired (would-be 0.97). 2023年 is the year.")

# 20 市: 固定资产投资 with 其中 sub-targets, 第二产业投资 vs 工业投资 with the same value (nth), 房地产 in words
P = "全年"
row("澧津市人民政府、澧津市统计局",
    "投资方面的主要预期目标:固定资产投资增长7%,其中工业投资增长12%、制造业投资增长15%,房地产开发投资保持平稳。",
    "全年固定资产投资(不含农户)比上年增长4.6%。分产业看,第一产业投资增长18.2%,第二产业投资增长13.5%,第三产业投资下降0.8%。工业投资增长13.5%,其中制造业投资增长11.7%。基础设施投资增长6.3%,民间投资下降5.1%。全年房地产开发投资412.6亿元,下降14.8%;商品房销售面积586.3万平方米,下降9.2%。",
    targets=[M("7%", 7, "%", "固定资产投资", kind="growth"),
             M("12%", 12, "%", "工业投资", kind="growth"),
             M("15%", 15, "%", "制造业投资", kind="growth")],
    actuals=[M("4.6%", 4.6, "%", "固定资产投资(不含农户)比上年增长", kind="growth", period=P),
             M("18.2%", 18.2, "%", "第一产业投资增长", kind="growth"),
             M("13.5%", 13.5, "%", "第二产业投资增长", kind="growth", nth=0),
             M("0.8%", 0.8, "%", "第三产业投资下降", kind="reduction"),
             M("13.5%", 13.5, "%", "工业投资增长", kind="growth", nth=1),
             M("11.7%", 11.7, "%", "制造业投资增长", kind="growth"),
             M("6.3%", 6.3, "%", "基础设施投资增长", kind="growth"),
             M("5.1%", 5.1, "%", "民间投资下降", kind="reduction"),
             M("412.6亿元", 412.6, "亿元", "房地产开发投资", period=P),
             M("14.8%", 14.8, "%", "房地产开发投资下降", kind="reduction", period=P),
             M("586.3万平方米", 586.3, "万平方米", "商品房销售面积", period=P),
             M("9.2%", 9.2, "%", "商品房销售面积下降", kind="reduction", period=P)],
    pairs=[("t1", ["a1"]), ("t2", ["a5"]), ("t3", ["a6"])],
    note="4.6/7 = 0.6571. 工业投资 is answered by its own figure (nth 1 of 13.5%): 1.125; the 第二产业投资 13.5% (nth 0) is a broader scope with the same value. 制造业 11.7/15 = 0.78. 房地产开发投资保持平稳 has no number: the 412.6亿元 and its fall answer nothing.")


# ---------------------------------------------------------------------------------------------
# Part 2 (items 21-40): shares and amounts, currencies, units, traditional and full-width rows
# ---------------------------------------------------------------------------------------------

# 21 市: share targets answered by shares (税收占比, 民生支出占比), not by the amounts
P = "全年"
row("槐阳市人民政府、槐阳市财政局",
    "财政方面的预期目标:一般公共预算收入增长5%以上,税收收入占一般公共预算收入比重达到75%,民生支出占一般公共预算支出的比重保持在80%以上。",
    "全年一般公共预算收入268.4亿元,比上年增长5.6%,其中税收收入193.5亿元,增长4.2%,税收占比72.1%,比上年下降1.1个百分点。一般公共预算支出512.7亿元,增长3.8%,其中民生支出412.9亿元,占比80.5%。",
    targets=[M("5%", 5, "%", "一般公共预算收入", kind="growth", bound="min", nth=0),
             M("75%", 75, "%", "税收收入占一般公共预算收入比重"),
             M("80%", 80, "%", "民生支出占一般公共预算支出的比重", bound="min")],
    actuals=[M("268.4亿元", 268.4, "亿元", "一般公共预算收入", period=P),
             M("5.6%", 5.6, "%", "一般公共预算收入比上年增长", kind="growth", period=P),
             M("193.5亿元", 193.5, "亿元", "税收收入", period=P),
             M("4.2%", 4.2, "%", "税收收入增长", kind="growth", period=P),
             M("72.1%", 72.1, "%", "税收占比", period=P),
             M("1.1个百分点", 1.1, "个百分点", "税收占比比上年下降", kind="reduction", period=P),
             M("512.7亿元", 512.7, "亿元", "一般公共预算支出"),
             M("3.8%", 3.8, "%", "一般公共预算支出增长", kind="growth"),
             M("412.9亿元", 412.9, "亿元", "民生支出"),
             M("80.5%", 80.5, "%", "民生支出占比")],
    pairs=[("t1", ["a2"]), ("t2", ["a5"]), ("t3", ["a10"])],
    note="5.6/5 = 1.12. The share targets pair with the shares: 税收占比 72.1/75 = 0.9613 (not the 193.5亿元 amount nor its 1.1个百分点 change); 民生支出占比 80.5/80 = 1.0063 (not the 412.9亿元). '5%' nth 1 lies inside '75%'.")

# 22 市: 财政总收入 vs 一般公共预算收入 vs 税收收入 (three scopes), a fall in taxes
P = "全年"
row("澜溪市人民政府、澜溪市财政局",
    "全市财政收入预期目标:财政总收入增长4%,一般公共预算收入增长6%左右,其中税收收入增长5%。",
    "全年完成财政总收入986.2亿元,同比增长2.7%;一般公共预算收入531.8亿元,同比增长6.4%,其中税收收入402.6亿元,同比下降1.3%,非税收入129.2亿元,增长35.2%。",
    targets=[M("4%", 4, "%", "财政总收入", kind="growth"),
             M("6%", 6, "%", "一般公共预算收入", kind="growth", bound="approx"),
             M("5%", 5, "%", "税收收入", kind="growth")],
    actuals=[M("986.2亿元", 986.2, "亿元", "财政总收入", period=P),
             M("2.7%", 2.7, "%", "财政总收入同比增长", kind="growth", period=P),
             M("531.8亿元", 531.8, "亿元", "一般公共预算收入", period=P),
             M("6.4%", 6.4, "%", "一般公共预算收入同比增长", kind="growth", period=P),
             M("402.6亿元", 402.6, "亿元", "税收收入", period=P),
             M("1.3%", 1.3, "%", "税收收入同比下降", kind="reduction", period=P),
             M("129.2亿元", 129.2, "亿元", "非税收入", period=P),
             M("35.2%", 35.2, "%", "非税收入增长", kind="growth", period=P)],
    pairs=[("t1", ["a2"]), ("t2", ["a4"]), ("t3", ["a6"])],
    note="Three nested scopes, each answered by its own growth: 财政总收入 2.7/4 = 0.675; 一般公共预算收入 6.4/6 = 1.0667; 税收 falls: signed -1.3/5 = -0.26. 非税收入 (35.2%) has no target and is not the taxes.")

# 23 自治州: 亿元 target answered in 万元, 万元 per-capita target answered in 元
P = "全年"
row("云溪土家族苗族自治州人民政府、云溪州统计局",
    "全州经济社会发展的主要预期目标:地区生产总值增长7%左右,一般公共预算收入达到35亿元,城镇居民人均可支配收入达到4万元,农村居民人均可支配收入增长9%。",
    "全年全州地区生产总值896.35亿元,比上年增长6.6%。一般公共预算收入352680万元,比上年增长8.1%。城镇居民人均可支配收入38615元,增长5.2%;农村居民人均可支配收入15286元,增长8.4%。",
    targets=[M("7%", 7, "%", "地区生产总值", kind="growth", bound="approx"),
             M("35亿元", 35, "亿元", "一般公共预算收入"),
             M("4万元", 4, "万元", "城镇居民人均可支配收入"),
             M("9%", 9, "%", "农村居民人均可支配收入", kind="growth")],
    actuals=[M("896.35亿元", 896.35, "亿元", "地区生产总值", period=P),
             M("6.6%", 6.6, "%", "地区生产总值比上年增长", kind="growth", period=P),
             M("352680万元", 352680, "万元", "一般公共预算收入"),
             M("8.1%", 8.1, "%", "一般公共预算收入比上年增长", kind="growth"),
             M("38615元", 38615, "元", "城镇居民人均可支配收入"),
             M("5.2%", 5.2, "%", "城镇居民人均可支配收入增长", kind="growth"),
             M("15286元", 15286, "元", "农村居民人均可支配收入"),
             M("8.4%", 8.4, "%", "农村居民人均可支配收入增长", kind="growth")],
    pairs=[("t1", ["a2"]), ("t2", ["a3"]), ("t3", ["a5"]), ("t4", ["a8"])],
    note="6.6/7 = 0.9429. The revenue level target in 亿元 is answered in 万元: 352680万元 = 35.268亿元, 1.0077 (the 8.1% growth is not the level). 城镇 38615元 against 4万元 = 0.9654 (level against level, not the 5.2% growth). 农村 growth 8.4/9 = 0.9333 (not the 15286元 level).")

# 24 市 tourism: 分别 in the task, a whole (国内外) answered by the sum of two parts in 亿 and 万, a growth of the whole not given
P = "全年"
row("岫云市人民政府、岫云市统计局",
    "文旅方面的主要预期目标:全年接待国内外游客8000万人次,实现旅游总收入900亿元,分别增长10%和12%。",
    "全年接待国内游客0.86亿人次,入境游客38.6万人次,分别比上年增长12.5%和46.2%;实现旅游总收入861.4亿元,增长8.9%,其中国内旅游收入842.7亿元,旅游外汇收入2.61亿美元。",
    targets=[M("8000万人次", 8000, "万人次", "接待国内外游客"),
             M("900亿元", 900, "亿元", "旅游总收入"),
             M("10%", 10, "%", "接待国内外游客", kind="growth"),
             M("12%", 12, "%", "旅游总收入", kind="growth")],
    actuals=[M("0.86亿人次", 0.86, "亿人次", "接待国内游客", period=P),
             M("38.6万人次", 38.6, "万人次", "入境游客", period=P),
             M("12.5%", 12.5, "%", "国内游客比上年增长", kind="growth", period=P),
             M("46.2%", 46.2, "%", "入境游客比上年增长", kind="growth", period=P),
             M("861.4亿元", 861.4, "亿元", "旅游总收入", period=P),
             M("8.9%", 8.9, "%", "旅游总收入增长", kind="growth", period=P),
             M("842.7亿元", 842.7, "亿元", "国内旅游收入", period=P),
             M("2.61亿美元", 2.61, "亿美元", "旅游外汇收入", period=P)],
    pairs=[("t1", ["a1", "a2"]), ("t2", ["a5"]), ("t4", ["a6"])],
    note="分别 in the task maps 10% to visitors and 12% to revenue. 国内外游客 = 国内 0.86亿人次 + 入境 38.6万人次 = 8638.6万人次 (combine sum): 1.0798. The growth of the whole is not given, only the parts' (12.5%, 46.2%): t3 unpaired. 861.4/900 = 0.9571; 8.9/12 = 0.7417. 国内旅游收入 is a part; 旅游外汇收入 is in 亿美元.")

# 25 省: a change target in 个百分点 answered by the change, not the level; a level-only 户籍 figure
row("琅江省人民政府、琅江省统计局",
    "新型城镇化的预期目标:常住人口城镇化率提高1个百分点左右,户籍人口城镇化率提高1.5个百分点,新增农业转移人口落户城镇30万人。",
    "年末全省常住人口4216.3万人,比上年末增加8.6万人。其中,城镇常住人口2712.6万人,常住人口城镇化率为64.34%,比上年末提高0.92个百分点。户籍人口城镇化率51.6%。全年新增农业转移人口落户城镇32.8万人。",
    targets=[M("1个百分点", 1, "个百分点", "常住人口城镇化率提高", kind="growth", bound="approx"),
             M("1.5个百分点", 1.5, "个百分点", "户籍人口城镇化率提高", kind="growth"),
             M("30万人", 30, "万人", "新增农业转移人口落户城镇")],
    actuals=[M("4216.3万人", 4216.3, "万人", "年末常住人口", period="年末"),
             M("8.6万人", 8.6, "万人", "常住人口比上年末增加", period="年末"),
             M("2712.6万人", 2712.6, "万人", "城镇常住人口"),
             M("64.34%", 64.34, "%", "常住人口城镇化率"),
             M("0.92个百分点", 0.92, "个百分点", "城镇化率比上年末提高", kind="growth"),
             M("51.6%", 51.6, "%", "户籍人口城镇化率"),
             M("32.8万人", 32.8, "万人", "新增农业转移人口落户城镇", period="全年")],
    pairs=[("t1", ["a5"]), ("t3", ["a7"])],
    note="The targets are changes in 个百分点: the 常住 target is answered by 提高0.92个百分点 (0.92), not by the level 64.34%. For 户籍 the text gives only the level 51.6% and no change: unpaired. 32.8/30 = 1.0933. 年末常住人口 and its 增加8.6万人 have no target.")

# 26 市: share target answered by the share (not its change), 贡献率 is another measure, 高技术 share
P = "2023年"
row("泊川市人民政府、泊川市统计局",
    "产业结构方面的预期目标:服务业增加值增长6.5%,服务业增加值占地区生产总值比重提高到52%,高技术制造业增加值占规模以上工业增加值比重达到20%。",
    "2023年全市第三产业增加值2218.6亿元,增长6.9%,占地区生产总值的比重为51.4%,比上年提高1.2个百分点;第三产业对经济增长的贡献率为58.3%。规模以上工业中,高技术制造业增加值增长15.6%,占比达到19.2%。",
    targets=[M("6.5%", 6.5, "%", "服务业增加值", kind="growth"),
             M("52%", 52, "%", "服务业增加值占地区生产总值比重"),
             M("20%", 20, "%", "高技术制造业增加值占规模以上工业增加值比重")],
    actuals=[M("2218.6亿元", 2218.6, "亿元", "第三产业增加值", period=P),
             M("6.9%", 6.9, "%", "第三产业增加值增长", kind="growth", period=P),
             M("51.4%", 51.4, "%", "第三产业增加值占地区生产总值的比重", period=P),
             M("1.2个百分点", 1.2, "个百分点", "比重比上年提高", kind="growth", period=P),
             M("58.3%", 58.3, "%", "第三产业对经济增长的贡献率", period=P),
             M("15.6%", 15.6, "%", "高技术制造业增加值增长", kind="growth"),
             M("19.2%", 19.2, "%", "高技术制造业增加值占规模以上工业比重")],
    pairs=[("t1", ["a2"]), ("t2", ["a3"]), ("t3", ["a7"])],
    note="服务业 is 第三产业: growth 6.9/6.5 = 1.0615. 提高到52% is a level to reach: the share 51.4% answers (0.9885), not the change 1.2个百分点 nor the 贡献率 58.3% (another measure). 高技术 share 19.2/20 = 0.96; its 15.6% growth is not the share. 2023年 is the year.")

# 27 市: growth targets answered by 持平 (zero growth written in words), sub-indices
P = "全年"
row("琼林市人民政府、琼林市统计局",
    "主要预期目标:居民消费价格涨幅3%左右,工业投资增长10%,外贸进出口总额增长4%。",
    "全年居民消费价格与上年持平,其中消费品价格下降0.6%,服务价格上涨0.9%。工业投资比上年增长12.3%,其中技术改造投资增长21.6%。货物进出口总额598.2亿元,与上年基本持平,其中出口386.5亿元,增长4.3%。",
    targets=[M("3%", 3, "%", "居民消费价格涨幅", kind="growth", bound="approx"),
             M("10%", 10, "%", "工业投资", kind="growth"),
             M("4%", 4, "%", "外贸进出口总额", kind="growth")],
    actuals=[M("持平", 0, "%", "居民消费价格与上年持平", kind="growth", unit_inferred=True, nth=0, period=P),
             M("0.6%", 0.6, "%", "消费品价格下降", kind="reduction", period=P),
             M("0.9%", 0.9, "%", "服务价格上涨", kind="growth", period=P),
             M("12.3%", 12.3, "%", "工业投资比上年增长", kind="growth"),
             M("21.6%", 21.6, "%", "技术改造投资增长", kind="growth"),
             M("598.2亿元", 598.2, "亿元", "货物进出口总额"),
             M("持平", 0, "%", "货物进出口总额与上年基本持平", kind="growth", unit_inferred=True, nth=1),
             M("386.5亿元", 386.5, "亿元", "出口"),
             M("4.3%", 4.3, "%", "出口增长", kind="growth")],
    pairs=[("t1", ["a1"]), ("t2", ["a4"]), ("t3", ["a7"])],
    note="持平 written without a digit is a zero growth (value 0, unit % inferred): CPI ratio 0.0 and trade ratio 0.0. The 消费品/服务 prices are sub-indices; the 出口 4.3% is a part of trade (would-be 1.075) and does not answer the total. 工业投资 12.3/10 = 1.23; 技术改造 is its part.")

# 28 市: a range growth target, 人均 target against the total, 年末常住人口
P = "全年"
row("碣阳市人民政府、碣阳市统计局",
    "今年主要预期目标:地区生产总值增长6%-6.5%,人均地区生产总值达到9万元,城镇新增就业6万人。",
    "初步核算,全年全市地区生产总值5612.4亿元,按可比价格计算,比上年增长6.2%;按常住人口计算,人均地区生产总值8.76万元,增长5.8%。年末全市常住人口640.5万人。全年城镇新增就业6.35万人,其中失业人员再就业1.42万人。",
    targets=[M("6%-6.5%", 6, "%", "地区生产总值", kind="growth", bound="range", value_max=6.5),
             M("9万元", 9, "万元", "人均地区生产总值"),
             M("6万人", 6, "万人", "城镇新增就业")],
    actuals=[M("5612.4亿元", 5612.4, "亿元", "地区生产总值", period=P),
             M("6.2%", 6.2, "%", "地区生产总值比上年增长", kind="growth", period=P),
             M("8.76万元", 8.76, "万元", "人均地区生产总值", period=P),
             M("5.8%", 5.8, "%", "人均地区生产总值增长", kind="growth", period=P),
             M("640.5万人", 640.5, "万人", "年末常住人口", period="年末"),
             M("6.35万人", 6.35, "万人", "城镇新增就业", period=P),
             M("1.42万人", 1.42, "万人", "失业人员再就业", period=P)],
    pairs=[("t1", ["a2"]), ("t2", ["a3"]), ("t3", ["a6"])],
    note="Range target: ratio against the lower end, 6.2/6 = 1.0333 (inside the range). 人均 8.76/9 = 0.9733; the total 5612.4亿元 is not per capita and the 人均 growth 5.8% is not the level. 6.35/6 = 1.0583; 再就业 is its 其中 part. 年末常住人口 has no target.")

# 29 市 (traditional): year-end balances, growth over 上年末 vs 比年初增加 amounts, 其中 製造業中長期貸款
P = "年末"
row("鷺江市人民政府、鷺江市統計局",
    "金融方面的預期目標:金融機構本外幣各項存款餘額增長9%,各項貸款餘額增長11%,製造業中長期貸款增長20%以上。",
    "年末全市金融機構本外幣各項存款餘額15862.3億元,比上年末增長8.4%,比年初增加1228.6億元;各項貸款餘額16935.7億元,增長12.6%,比年初增加1894.2億元。其中,製造業中長期貸款餘額1126.4億元,增長26.3%。",
    targets=[M("9%", 9, "%", "金融機構本外幣各項存款餘額", kind="growth"),
             M("11%", 11, "%", "各項貸款餘額", kind="growth"),
             M("20%", 20, "%", "製造業中長期貸款", kind="growth", bound="min")],
    actuals=[M("15862.3億元", 15862.3, "億元", "金融機構本外幣各項存款餘額", period=P),
             M("8.4%", 8.4, "%", "存款餘額比上年末增長", kind="growth", period=P),
             M("1228.6億元", 1228.6, "億元", "存款比年初增加", period=P),
             M("16935.7億元", 16935.7, "億元", "各項貸款餘額", period=P),
             M("12.6%", 12.6, "%", "貸款餘額增長", kind="growth", period=P),
             M("1894.2億元", 1894.2, "億元", "貸款比年初增加", period=P),
             M("1126.4億元", 1126.4, "億元", "製造業中長期貸款餘額"),
             M("26.3%", 26.3, "%", "製造業中長期貸款增長", kind="growth")],
    pairs=[("t1", ["a2"]), ("t2", ["a5"]), ("t3", ["a8"])],
    note="Traditional characters. Balances at 年末, growth over 上年末: deposits 8.4/9 = 0.9333, loans 12.6/11 = 1.1455, manufacturing medium/long-term loans 26.3/20 = 1.315. 比年初增加 amounts (1228.6億元, 1894.2億元) are absolute changes, not the growth rates; the balances are levels.")

# 30 省 (traditional): 萬噸 target answered in 億斤, energy intensity answered, CO2 without a target, a words-only target
P = "全年"
row("滄瀾省人民政府、滄瀾省統計局",
    "全省主要預期目標:地區生產總值增長5.5%左右,糧食總產量穩定在1300萬噸以上,單位地區生產總值能耗下降2.5%左右,主要污染物排放總量持續下降。",
    "全年全省地區生產總值36218.4億元,比上年增長5.3%。全年糧食總產量262.8億斤,比上年增產3.6億斤。經測算,全年單位地區生產總值能耗比上年下降2.1%,單位地區生產總值二氧化碳排放下降3.2%。",
    targets=[M("5.5%", 5.5, "%", "地區生產總值", kind="growth", bound="approx"),
             M("1300萬噸", 1300, "萬噸", "糧食總產量", bound="min"),
             M("2.5%", 2.5, "%", "單位地區生產總值能耗", kind="reduction", bound="approx")],
    actuals=[M("36218.4億元", 36218.4, "億元", "地區生產總值", period=P),
             M("5.3%", 5.3, "%", "地區生產總值比上年增長", kind="growth", period=P),
             M("262.8億斤", 262.8, "億斤", "糧食總產量", period=P),
             M("3.6億斤", 3.6, "億斤", "糧食比上年增產", period=P),
             M("2.1%", 2.1, "%", "單位地區生產總值能耗比上年下降", kind="reduction", period=P),
             M("3.2%", 3.2, "%", "單位地區生產總值二氧化碳排放下降", kind="reduction", period=P)],
    pairs=[("t1", ["a2"]), ("t2", ["a3"]), ("t3", ["a5"])],
    note="Traditional characters. 5.3/5.5 = 0.9636. 262.8億斤 = 1314萬噸 against 1300萬噸: 1.0108; 增產3.6億斤 is the change. Energy intensity 2.1/2.5 = 0.84. The CO2 fall (3.2%) has no target; 主要污染物排放總量持續下降 has no number.")

# 31 地区 (traditional): 進出口 in 億元 with 其中 出口 sub-target; 外資 target in 億美元 answered by 萬美元, not by 萬元
P = "全年"
row("雲嶺地區行政公署、雲嶺地區統計局",
    "開放型經濟預期目標:實際使用外資1.5億美元,外貿進出口總額達到120億元,其中出口80億元。",
    "全年全區貨物進出口總額113.6億元,比上年下降4.7%。其中,出口84.2億元,增長6.3%;進口29.4億元,下降24.1%。全年實際使用外資金額9860萬元,折合1362萬美元,比上年下降41.5%。",
    targets=[M("1.5億美元", 1.5, "億美元", "實際使用外資"),
             M("120億元", 120, "億元", "外貿進出口總額"),
             M("80億元", 80, "億元", "出口")],
    actuals=[M("113.6億元", 113.6, "億元", "貨物進出口總額", period=P),
             M("4.7%", 4.7, "%", "貨物進出口總額比上年下降", kind="reduction", period=P),
             M("84.2億元", 84.2, "億元", "出口"),
             M("6.3%", 6.3, "%", "出口增長", kind="growth"),
             M("29.4億元", 29.4, "億元", "進口"),
             M("24.1%", 24.1, "%", "進口下降", kind="reduction"),
             M("9860萬元", 9860, "萬元", "實際使用外資金額", period=P),
             M("1362萬美元", 1362, "萬美元", "實際使用外資金額(折合美元)", period=P),
             M("41.5%", 41.5, "%", "實際使用外資金額比上年下降", kind="reduction", period=P)],
    pairs=[("t1", ["a8"]), ("t2", ["a1"]), ("t3", ["a3"])],
    note="Traditional characters. Answered out of order. 外資 target in 億美元: the 折合1362萬美元 answers (0.0908); the 9860萬元 is the same amount in 人民幣 (no common unit). Trade level 113.6/120 = 0.9467 (the 4.7% fall is a growth, not the level); the 其中 出口 sub-target 84.2/80 = 1.0525; 進口 has no target.")

# 32 市 (traditional): surveyed vs registered rate, income target in words, 人均消費支出 with 其中 服務性
P = "全年"
row("澄嵐市人民政府、澄嵐市統計局",
    "民生方面預期目標:城鎮新增就業4萬人以上,城鎮調查失業率5.5%左右,居民收入增長與經濟增長同步,居民人均消費支出增長6%。",
    "全年城鎮新增就業4.12萬人,幫助失業人員再就業1.36萬人;全年城鎮調查失業率平均為5.3%,年末城鎮登記失業率2.8%。全體居民人均可支配收入42163元,比上年增長5.4%;人均消費支出27351元,增長7.6%,其中人均服務性消費支出12096元,增長10.3%。",
    targets=[M("4萬人", 4, "萬人", "城鎮新增就業", bound="min"),
             M("5.5%", 5.5, "%", "城鎮調查失業率", bound="approx"),
             M("6%", 6, "%", "居民人均消費支出", kind="growth")],
    actuals=[M("4.12萬人", 4.12, "萬人", "城鎮新增就業", period=P),
             M("1.36萬人", 1.36, "萬人", "幫助失業人員再就業", period=P),
             M("5.3%", 5.3, "%", "城鎮調查失業率(平均)", period=P),
             M("2.8%", 2.8, "%", "年末城鎮登記失業率", period="年末"),
             M("42163元", 42163, "元", "全體居民人均可支配收入"),
             M("5.4%", 5.4, "%", "全體居民人均可支配收入比上年增長", kind="growth"),
             M("27351元", 27351, "元", "居民人均消費支出"),
             M("7.6%", 7.6, "%", "居民人均消費支出增長", kind="growth"),
             M("12096元", 12096, "元", "人均服務性消費支出"),
             M("10.3%", 10.3, "%", "人均服務性消費支出增長", kind="growth")],
    pairs=[("t1", ["a1"]), ("t2", ["a3"]), ("t3", ["a8"])],
    note="Traditional characters. 4.12/4 = 1.03; the surveyed rate 5.3/5.5 = 0.9636, the registered 2.8% is another measure. 居民收入增長與經濟增長同步 is stated only in words: 42163元 and 5.4% pair with nothing. Consumption growth 7.6/6 = 1.2667; 服務性 10.3% is its 其中 part.")

# 33 省 (full-width digits): 亿斤 target answered in 万吨, headline set
P = "全年"
row("云涧省人民政府、云涧省统计局",
    "今年全省主要预期目标是:地区生产总值增长５％以上,一般公共预算收入增长４％,粮食产量稳定在７００亿斤以上,城镇新增就业３５万人。",
    "全年全省地区生产总值３２６５８．２亿元,比上年增长４．９％。全年一般公共预算收入２４８６．９亿元,增长４．３％。全年粮食总产量３５２６．１万吨,比上年增长０．８％。全年城镇新增就业３６．８万人。",
    targets=[M("５％", 5, "%", "地区生产总值", kind="growth", bound="min"),
             M("４％", 4, "%", "一般公共预算收入", kind="growth"),
             M("７００亿斤", 700, "亿斤", "粮食产量", bound="min"),
             M("３５万人", 35, "万人", "城镇新增就业")],
    actuals=[M("３２６５８．２亿元", 32658.2, "亿元", "地区生产总值", period=P),
             M("４．９％", 4.9, "%", "地区生产总值比上年增长", kind="growth", period=P),
             M("２４８６．９亿元", 2486.9, "亿元", "一般公共预算收入", period=P),
             M("４．３％", 4.3, "%", "一般公共预算收入增长", kind="growth", period=P),
             M("３５２６．１万吨", 3526.1, "万吨", "粮食总产量", period=P),
             M("０．８％", 0.8, "%", "粮食总产量比上年增长", kind="growth", period=P),
             M("３６．８万人", 36.8, "万人", "城镇新增就业", period=P)],
    pairs=[("t1", ["a2"]), ("t2", ["a4"]), ("t3", ["a5"]), ("t4", ["a7"])],
    note="Full-width digits. 4.9/5 = 0.98 (a 以上 target missed); 4.3/4 = 1.075. Grain: 700亿斤 = 3500万吨, the actual 3526.1万吨: 1.0075 (the 0.8% growth is not the level). 36.8/35 = 1.0514.")

# 34 市 (Chinese numerals in the task): 三点五万人, counts with classifiers, a class threshold, stock vs 新增
row("檀州市人民政府、檀州市统计局",
    "全市主要预期目标:地区生产总值增长百分之五点五左右,新增城镇就业三点五万人,新开工亿元以上项目一百个,新增规模以上工业企业一百五十家。",
    "全年全市地区生产总值1586.3亿元,比上年增长5.9%。城镇新增就业3.72万人。全年新开工亿元以上项目112个,完成投资386.4亿元,其中10亿元以上项目18个。年末规模以上工业企业1426家,全年新增规上工业企业163家。",
    targets=[M("百分之五点五", 5.5, "%", "地区生产总值", kind="growth", bound="approx"),
             M("三点五万人", 3.5, "万人", "新增城镇就业"),
             M("一百个", 100, "个", "新开工亿元以上项目"),
             M("一百五十家", 150, "家", "新增规模以上工业企业")],
    actuals=[M("1586.3亿元", 1586.3, "亿元", "地区生产总值", period="全年"),
             M("5.9%", 5.9, "%", "地区生产总值比上年增长", kind="growth", period="全年"),
             M("3.72万人", 3.72, "万人", "城镇新增就业"),
             M("112个", 112, "个", "新开工亿元以上项目", period="全年"),
             M("386.4亿元", 386.4, "亿元", "新开工亿元以上项目完成投资", period="全年"),
             M("10亿元", 10, "亿元", "10亿元以上项目(class)"),
             M("18个", 18, "个", "新开工10亿元以上项目", period="全年"),
             M("1426家", 1426, "家", "规模以上工业企业(存量)", period="年末"),
             M("163家", 163, "家", "新增规上工业企业", period="全年")],
    pairs=[("t1", ["a2"]), ("t2", ["a3"]), ("t3", ["a4"]), ("t4", ["a9"])],
    note="Chinese numerals in the task. 5.9/5.5 = 1.0727; 3.72/3.5 = 1.0629; 112/100 = 1.12 (the 18 projects of 10亿元以上 are a part; 10亿元 is a class threshold; 亿元以上 has no digit); 新增 163/150 = 1.0867, not the 年末 stock 1426家.")

# 35 市: elided subjects (采矿业增长…), 规上 growth with its 门类/类型 splits, 工业用电量 vs 全社会用电量, a share target unanswered
P = "全年"
row("溱州市人民政府、溱州市统计局",
    "工业方面的主要预期目标:规模以上工业增加值增长7.5%,制造业增加值占地区生产总值比重保持在30%以上,工业用电量增长6%。",
    "全年规模以上工业增加值比上年增长7.1%,增速比上年加快0.8个百分点。分三大门类看,采矿业增长2.3%,制造业增长7.9%,电力、热力、燃气及水生产和供应业增长4.6%。分经济类型看,国有控股企业增长5.2%,股份制企业增长7.4%,外商及港澳台商投资企业下降1.8%。全年全社会用电量368.5亿千瓦时,增长6.7%,其中工业用电量241.3亿千瓦时,增长5.4%。",
    targets=[M("7.5%", 7.5, "%", "规模以上工业增加值", kind="growth"),
             M("30%", 30, "%", "制造业增加值占地区生产总值比重", bound="min"),
             M("6%", 6, "%", "工业用电量", kind="growth")],
    actuals=[M("7.1%", 7.1, "%", "规模以上工业增加值比上年增长", kind="growth", period=P),
             M("0.8个百分点", 0.8, "个百分点", "增速比上年加快", kind="growth", period=P),
             M("2.3%", 2.3, "%", "采矿业增加值增长", kind="growth"),
             M("7.9%", 7.9, "%", "制造业增加值增长", kind="growth"),
             M("4.6%", 4.6, "%", "电力、热力、燃气及水生产和供应业增加值增长", kind="growth"),
             M("5.2%", 5.2, "%", "国有控股企业增加值增长", kind="growth"),
             M("7.4%", 7.4, "%", "股份制企业增加值增长", kind="growth"),
             M("1.8%", 1.8, "%", "外商及港澳台商投资企业增加值下降", kind="reduction"),
             M("368.5亿千瓦时", 368.5, "亿千瓦时", "全社会用电量", period=P),
             M("6.7%", 6.7, "%", "全社会用电量增长", kind="growth", period=P),
             M("241.3亿千瓦时", 241.3, "亿千瓦时", "工业用电量", period=P),
             M("5.4%", 5.4, "%", "工业用电量增长", kind="growth", period=P)],
    pairs=[("t1", ["a1"]), ("t3", ["a12"])],
    note="Elided subjects: 采矿业增长2.3% etc. are 规上 增加值 growths by 门类 and by 经济类型 (parts). 7.1/7.5 = 0.9467. The 制造业 share of GDP is not given (its growth 7.9% is not a share): t2 unpaired. 工业用电量 5.4/6 = 0.9, not the 全社会 6.7% (a broader scope, would-be 1.1167). 三大门类 is a label.")

# 36 市, two paragraphs: 出口 sub-target answered by the part, a growth target in 外资 answered by a fall, new firms
P = "全年"
row("汀澜市人民政府、汀澜市统计局",
    "开放方面的预期目标:外贸进出口总额增长5%左右,其中出口增长6%,实际使用外资增长10%,新设外商投资企业150家。",
    "全年货物进出口总额2863.7亿元,比上年增长2.6%。其中,出口1947.5亿元,增长7.3%;进口916.2亿元,下降6.1%。对共建“一带一路”国家进出口1168.4亿元,增长9.8%,占进出口总额的40.8%。\n全年新设外商投资企业163家,比上年增长12.4%;实际使用外资金额56.8亿元,下降13.6%。",
    targets=[M("5%", 5, "%", "外贸进出口总额", kind="growth", bound="approx"),
             M("6%", 6, "%", "出口", kind="growth"),
             M("10%", 10, "%", "实际使用外资", kind="growth"),
             M("150家", 150, "家", "新设外商投资企业")],
    actuals=[M("2863.7亿元", 2863.7, "亿元", "货物进出口总额", period=P),
             M("2.6%", 2.6, "%", "货物进出口总额比上年增长", kind="growth", period=P),
             M("1947.5亿元", 1947.5, "亿元", "出口"),
             M("7.3%", 7.3, "%", "出口增长", kind="growth"),
             M("916.2亿元", 916.2, "亿元", "进口"),
             M("6.1%", 6.1, "%", "进口下降", kind="reduction"),
             M("1168.4亿元", 1168.4, "亿元", "对共建“一带一路”国家进出口"),
             M("9.8%", 9.8, "%", "对共建“一带一路”国家进出口增长", kind="growth"),
             M("40.8%", 40.8, "%", "占进出口总额的(比重)"),
             M("163家", 163, "家", "新设外商投资企业", period=P),
             M("12.4%", 12.4, "%", "新设外商投资企业比上年增长", kind="growth", period=P),
             M("56.8亿元", 56.8, "亿元", "实际使用外资金额", period=P),
             M("13.6%", 13.6, "%", "实际使用外资金额下降", kind="reduction", period=P)],
    pairs=[("t1", ["a2"]), ("t2", ["a4"]), ("t3", ["a13"]), ("t4", ["a10"])],
    note="Two paragraphs (trade; foreign investment). 2.6/5 = 0.52; the 其中 出口 sub-target 7.3/6 = 1.2167; the 一带一路 figures are another cut (一带一路 is a name). The 外资 growth target is answered by a fall: signed -13.6/10 = -1.36 (a growth rate needs no currency conversion). 163/150 = 1.0867; the firms' 12.4% growth has no target.")

# 37 省 review: 预计 for a year already over answers, 左右 on an actual is not a bound, repeated 5% and 6%
P = "过去一年"
row("枫川省人民政府",
    "今年全省经济社会发展的主要预期目标是:地区生产总值增长5%左右,规模以上工业增加值增长6%,固定资产投资增长5%,社会消费品零售总额增长6%,一般公共预算收入增长3%。",
    "过去一年,预计全省地区生产总值增长5.2%左右,规模以上工业增加值增长6.5%,固定资产投资增长3.8%,社会消费品零售总额增长5.6%,一般公共预算收入增长3.1%,完成年度主要目标任务。",
    targets=[M("5%", 5, "%", "地区生产总值", kind="growth", bound="approx", nth=0),
             M("6%", 6, "%", "规模以上工业增加值", kind="growth", nth=0),
             M("5%", 5, "%", "固定资产投资", kind="growth", nth=1),
             M("6%", 6, "%", "社会消费品零售总额", kind="growth", nth=1),
             M("3%", 3, "%", "一般公共预算收入", kind="growth")],
    actuals=[M("5.2%", 5.2, "%", "地区生产总值增长(预计)", kind="growth", period=P),
             M("6.5%", 6.5, "%", "规模以上工业增加值增长", kind="growth", period=P),
             M("3.8%", 3.8, "%", "固定资产投资增长", kind="growth", period=P),
             M("5.6%", 5.6, "%", "社会消费品零售总额增长", kind="growth", period=P),
             M("3.1%", 3.1, "%", "一般公共预算收入增长", kind="growth", period=P)],
    pairs=[("t1", ["a1"]), ("t2", ["a2"]), ("t3", ["a3"]), ("t4", ["a4"]), ("t5", ["a5"])],
    note="The next work report is delivered before the communiqué: 预计 covers a year already over and answers (5.2/5 = 1.04; 左右 on an actual is not a bound). 6.5/6 = 1.0833; 3.8/5 = 0.76; 5.6/6 = 0.9333; 3.1/3 = 1.0333. 完成年度主要目标任务 has no number.")

# 38 市: a reduction target answered by a rise (negative ratio), a cap exceeded, a share target, 分别 in 亿千瓦时
P = "全年"
row("澴阳市人民政府、澴阳市统计局",
    "能耗双控的预期目标:单位地区生产总值能耗下降3.2%,能源消费总量控制在1500万吨标准煤以内,非化石能源消费比重提高到18%。",
    "全年全市能源消费总量1528.6万吨标准煤,比上年增长5.1%;受重大项目集中投产影响,单位地区生产总值能耗上升0.6%。非化石能源消费占能源消费总量的比重为17.2%,比上年提高1.3个百分点。全年规模以上工业发电量412.7亿千瓦时,其中风电、光伏发电量分别为58.3亿千瓦时、36.9亿千瓦时。",
    targets=[M("3.2%", 3.2, "%", "单位地区生产总值能耗", kind="reduction"),
             M("1500万吨标准煤", 1500, "万吨标准煤", "能源消费总量", bound="max"),
             M("18%", 18, "%", "非化石能源消费比重")],
    actuals=[M("1528.6万吨标准煤", 1528.6, "万吨标准煤", "能源消费总量", period=P),
             M("5.1%", 5.1, "%", "能源消费总量比上年增长", kind="growth", period=P),
             M("0.6%", 0.6, "%", "单位地区生产总值能耗上升", kind="growth", period=P),
             M("17.2%", 17.2, "%", "非化石能源消费占能源消费总量的比重"),
             M("1.3个百分点", 1.3, "个百分点", "比重比上年提高", kind="growth"),
             M("412.7亿千瓦时", 412.7, "亿千瓦时", "规模以上工业发电量", period=P),
             M("58.3亿千瓦时", 58.3, "亿千瓦时", "风电发电量", period=P),
             M("36.9亿千瓦时", 36.9, "亿千瓦时", "光伏发电量", period=P)],
    pairs=[("t1", ["a3"]), ("t2", ["a1"]), ("t3", ["a4"])],
    note="The intensity was to fall 3.2% and rose 0.6%: signed -0.6/3.2 = -0.1875. The cap 1500万吨标准煤 is exceeded: 1528.6/1500 = 1.0191 (above 1 is bad for a cap); the 5.1% growth is not the level. Share 17.2/18 = 0.9556, not the 1.3个百分点 change. Generation figures have no target.")

# 39 市 (full-width digits): nothing answers, the social-insurance paragraph looks like employment but is not
row("蓼川市人民政府、蓼川市统计局",
    "就业民生的主要预期目标:城镇新增就业２．５万人,城镇调查失业率控制在５．５％以内,居民收入增长与经济增长同步。",
    "年末全市参加城镇职工基本养老保险人数１８６．４万人,比上年末增加５．２万人;参加城乡居民基本养老保险人数２１３．７万人。年末参加失业保险人数９８．６万人,全年共发放失业保险金２．３６亿元,惠及失业人员３．８万人次,年末领取失业保险金人数１．９万人。",
    targets=[M("２．５万人", 2.5, "万人", "城镇新增就业"),
             M("５．５％", 5.5, "%", "城镇调查失业率", bound="max")],
    actuals=[M("１８６．４万人", 186.4, "万人", "参加城镇职工基本养老保险人数", period="年末"),
             M("５．２万人", 5.2, "万人", "参保人数比上年末增加", period="年末"),
             M("２１３．７万人", 213.7, "万人", "参加城乡居民基本养老保险人数", period="年末"),
             M("９８．６万人", 98.6, "万人", "参加失业保险人数", period="年末"),
             M("２．３６亿元", 2.36, "亿元", "发放失业保险金", period="全年"),
             M("３．８万人次", 3.8, "万人次", "惠及失业人员", period="全年"),
             M("１．９万人", 1.9, "万人", "年末领取失业保险金人数", period="年末")],
    note="Full-width digits. Nothing answers: the paragraph is the social-insurance section. 参加失业保险人数, 失业保险金 and 领取失业保险金人数 mention 失业 but are insurance counts and payments, not 城镇新增就业 nor the surveyed unemployment rate. The income target is stated only in words.")

# 40 市: dollar targets answered by the 以美元计 figures, not by the 亿元 ones; 其中 出口 sub-target
P = "全年"
row("瀛洲市人民政府、瀛洲市统计局",
    "开放型经济的预期目标:外贸进出口总额达到320亿美元,其中出口200亿美元;实际使用外资12亿美元以上。",
    "全年货物进出口总额2286.4亿元,比上年增长4.2%,以美元计为318.6亿美元,下降0.9%;其中出口1463.2亿元,增长8.5%,以美元计为203.9亿美元,增长3.1%。全年实际使用外资金额82.7亿元,按美元计12.1亿美元,增长2.4%。",
    targets=[M("320亿美元", 320, "亿美元", "外贸进出口总额"),
             M("200亿美元", 200, "亿美元", "出口"),
             M("12亿美元", 12, "亿美元", "实际使用外资", bound="min")],
    actuals=[M("2286.4亿元", 2286.4, "亿元", "货物进出口总额", period=P),
             M("4.2%", 4.2, "%", "货物进出口总额比上年增长", kind="growth", period=P),
             M("318.6亿美元", 318.6, "亿美元", "货物进出口总额(以美元计)", period=P),
             M("0.9%", 0.9, "%", "货物进出口总额(以美元计)下降", kind="reduction", period=P),
             M("1463.2亿元", 1463.2, "亿元", "出口", period=P),
             M("8.5%", 8.5, "%", "出口增长", kind="growth", period=P),
             M("203.9亿美元", 203.9, "亿美元", "出口(以美元计)", period=P),
             M("3.1%", 3.1, "%", "出口(以美元计)增长", kind="growth", period=P),
             M("82.7亿元", 82.7, "亿元", "实际使用外资金额", period=P),
             M("12.1亿美元", 12.1, "亿美元", "实际使用外资金额(按美元计)", period=P),
             M("2.4%", 2.4, "%", "实际使用外资金额增长", kind="growth", period=P)],
    pairs=[("t1", ["a3"]), ("t2", ["a7"]), ("t3", ["a10"])],
    note="The targets are in 亿美元: the 以美元计 figures answer (318.6/320 = 0.9956, 203.9/200 = 1.0195, 12.1/12 = 1.0083); the 亿元 amounts are the same flows in 人民币 (no common unit) and the growths are not levels.")


probe.write(Path(__file__).with_name("probe-communique.gold.jsonl"))
