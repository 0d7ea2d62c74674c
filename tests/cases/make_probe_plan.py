"""Writes probe-plan.gold.jsonl: 40 rows written for this probe (not taken from any report) and
hand-annotated in the gold schema (corpus/SCHEMA.md). Each row is one item of a provincial or city
国民经济和社会发展计划执行情况 report (the development-and-reform commission's report to the people's
congress on how last year's plan went) or of the 过去一年 review of a 政府工作报告: the task is last
year's plan target as the plan stated it (one to five quantities: 地区生产总值增长6%左右, 城镇调查失业率
控制在5.5%以内, 居民消费价格涨幅3%左右 ...), the progress is the execution paragraph (初步核算, 快报数,
预计/初步测算 for a finished year whose statistics are not final, 低于预期目标0.3个百分点, 完成计划,
为年度目标的93.9%, 比计划多…, 未完成预期目标,主要原因是…, 上年为…, 其中, 分别 ...). The issuing body
(发展改革委 or 人民政府) is the row's owner. Six rows are in traditional characters; some use
full-width digits or Chinese numerals.
Checks (gold_writer.py) that every annotated string occurs (nth), that no two mentions of a column claim the same
or overlapping spans, that no mention starts inside a longer number, that every period occurs in
the progress text, computes ratios (signed: a fall against a growth target is negative), and lists
digit and numeral runs left unannotated.
Run: python tests/cases/make_probe_plan.py"""
from pathlib import Path

from gold_writer import M, O, ProbeSet

probe = ProbeSet("probe7")
row = probe.row


# ---------------------------------------------------------------------------------------------
# Plan-execution reports (计划执行情况) and 过去一年 reviews of government work reports (items 1-40)
# ---------------------------------------------------------------------------------------------

# 1 省发展改革委: 分别 list over the three industries in the task, 初步核算, gap to target, levels beside growths
P = "全年"
row("省发展改革委",
    "全省地区生产总值增长6%左右,第一、二、三产业增加值分别增长4%、6.5%和6%。",
    "初步核算,全年全省地区生产总值达到7436.8亿元,按可比价格计算增长5.7%,低于预期目标0.3个百分点,但高于全国平均水平。分产业看,第一产业增加值521.6亿元,增长4.2%;第二产业增加值2987.5亿元,增长5.1%;第三产业增加值3927.7亿元,增长6.2%。",
    targets=[M("6%", 6, "%", "全省地区生产总值", kind="growth", bound="approx", nth=0),
             M("4%", 4, "%", "第一产业增加值", kind="growth"),
             M("6.5%", 6.5, "%", "第二产业增加值", kind="growth"),
             M("6%", 6, "%", "第三产业增加值", kind="growth", nth=1)],
    actuals=[M("7436.8亿元", 7436.8, "亿元", "全省地区生产总值", period=P),
             M("5.7%", 5.7, "%", "全省地区生产总值按可比价格计算增长", kind="growth", period=P),
             M("0.3个百分点", 0.3, "个百分点", "低于预期目标", period=P),
             M("521.6亿元", 521.6, "亿元", "第一产业增加值"),
             M("4.2%", 4.2, "%", "第一产业增加值增长", kind="growth"),
             M("2987.5亿元", 2987.5, "亿元", "第二产业增加值"),
             M("5.1%", 5.1, "%", "第二产业增加值增长", kind="growth"),
             M("3927.7亿元", 3927.7, "亿元", "第三产业增加值"),
             M("6.2%", 6.2, "%", "第三产业增加值增长", kind="growth")],
    pairs=[("t1", ["a2"]), ("t2", ["a5"]), ("t3", ["a7"]), ("t4", ["a9"])],
    note="分别 in the task maps 4%/6.5%/6% onto 第一/二/三产业 in order (第一、二、三 are ordinals inside names). Growth targets are answered by the growths, not the levels. 0.3个百分点 is the gap to the target, not the actual. The three industry levels add up to the GDP level (parts beside the total, no level target).")

# 2 市发展改革委: 比计划低, 未完成预期目标,主要原因是, a fall and 持平 against growth targets, 其中 sub-targets
P = "全年"
row("市发展改革委",
    "规模以上工业增加值增长7.5%,固定资产投资增长8%,其中工业投资增长12%、基础设施投资增长10%,民间投资增长5%以上。",
    "全年全市规模以上工业增加值增长6.9%,比计划低0.6个百分点;固定资产投资增长3.4%,未完成预期目标,主要原因是房地产开发投资下降18.6%,拉低全市投资增速约5个百分点。分领域看,工业投资增长14.7%,基础设施投资与上年持平,民间投资下降2.3%。",
    targets=[M("7.5%", 7.5, "%", "规模以上工业增加值", kind="growth"),
             M("8%", 8, "%", "固定资产投资", kind="growth"),
             M("12%", 12, "%", "工业投资", kind="growth"),
             M("10%", 10, "%", "基础设施投资", kind="growth"),
             M("5%", 5, "%", "民间投资", kind="growth", bound="min", nth=1)],
    actuals=[M("6.9%", 6.9, "%", "规模以上工业增加值增长", kind="growth", period=P),
             M("0.6个百分点", 0.6, "个百分点", "比计划低", period=P),
             M("3.4%", 3.4, "%", "固定资产投资增长", kind="growth", period=P),
             M("18.6%", 18.6, "%", "房地产开发投资下降", kind="reduction", period=P),
             M("5个百分点", 5, "个百分点", "房地产开发投资拉低全市投资增速", period=P),
             M("14.7%", 14.7, "%", "工业投资增长", kind="growth"),
             M("持平", 0, "%", "基础设施投资与上年持平", kind="growth", unit_inferred=True),
             M("2.3%", 2.3, "%", "民间投资下降", kind="reduction")],
    pairs=[("t1", ["a1"]), ("t2", ["a3"]), ("t3", ["a6"]), ("t4", ["a7"]), ("t5", ["a8"])],
    note="持平 = growth 0 (ratio 0). 民间投资下降2.3% against a growth target: signed ratio -0.46. 0.6个百分点 is a gap; 约5个百分点 is the drag of real estate on the growth (约 on an actual is not a bound). 房地产开发投资 has no target. 5% also occurs inside 7.5% (nth 1).")

# 3 市人民政府 (过去一年): milestone 突破2000亿元 beside the level, 其中出口 sub-target, 进口 part falls
P = "过去一年"
row("市人民政府",
    "社会消费品零售总额增长7%,外贸进出口总额增长4%,其中出口增长5%。",
    "过去一年,我们全力稳住消费和外贸基本盘。社会消费品零售总额突破2000亿元,达到2064.8亿元,增长6.1%;外贸进出口总额1387.5亿元,增长5.3%,其中出口968.2亿元、增长9.6%,进口419.3亿元、下降2.8%。",
    targets=[M("7%", 7, "%", "社会消费品零售总额", kind="growth"),
             M("4%", 4, "%", "外贸进出口总额", kind="growth"),
             M("5%", 5, "%", "出口", kind="growth")],
    actuals=[M("2000亿元", 2000, "亿元", "社会消费品零售总额突破(milestone)", period=P),
             M("2064.8亿元", 2064.8, "亿元", "社会消费品零售总额", period=P),
             M("6.1%", 6.1, "%", "社会消费品零售总额增长", kind="growth", period=P),
             M("1387.5亿元", 1387.5, "亿元", "外贸进出口总额", period=P),
             M("5.3%", 5.3, "%", "外贸进出口总额增长", kind="growth", period=P),
             M("968.2亿元", 968.2, "亿元", "出口", period=P),
             M("9.6%", 9.6, "%", "出口增长", kind="growth", period=P),
             M("419.3亿元", 419.3, "亿元", "进口", period=P),
             M("2.8%", 2.8, "%", "进口下降", kind="reduction", period=P)],
    pairs=[("t1", ["a3"]), ("t2", ["a5"]), ("t3", ["a7"])],
    note="Review of the year in the next 政府工作报告. 突破2000亿元 is a milestone (no level target), 达到2064.8亿元 the level; neither answers the growth target. 其中出口 is a sub-target answered by the export growth; 进口 is a part without a target.")

# 4 省发展改革委: target 亿美元 vs actual 万美元, 为年度目标的93.9% is not the actual, 完成计划, 其中出口 level sub-target
row("省发展改革委",
    "实际使用外资达到12亿美元,货物进出口总额突破3500亿元,其中出口2300亿元。",
    "全年实际使用外资112640万美元,为年度目标的93.9%,较上年下降6.2%,主要受部分大项目资金到位延后影响;货物进出口总额3582.6亿元,同比增长2.7%,完成计划,其中出口2261.4亿元、进口1321.2亿元。",
    targets=[M("12亿美元", 12, "亿美元", "实际使用外资"),
             M("3500亿元", 3500, "亿元", "货物进出口总额", bound="min"),
             M("2300亿元", 2300, "亿元", "出口")],
    actuals=[M("112640万美元", 112640, "万美元", "实际使用外资", period="全年"),
             M("93.9%", 93.9, "%", "实际使用外资为年度目标的(比例)", period="全年"),
             M("6.2%", 6.2, "%", "实际使用外资较上年下降", kind="reduction", period="全年"),
             M("3582.6亿元", 3582.6, "亿元", "货物进出口总额"),
             M("2.7%", 2.7, "%", "货物进出口总额同比增长", kind="growth"),
             M("2261.4亿元", 2261.4, "亿元", "出口"),
             M("1321.2亿元", 1321.2, "亿元", "进口")],
    pairs=[("t1", ["a1"]), ("t2", ["a4"]), ("t3", ["a6"])],
    note="112640万美元 = 11.264亿美元 against 12亿美元: 0.9387 (the report's own 93.9% is a completion share, an actual of its own, not the answer). 完成计划 confirms the trade level. 其中出口 is a level sub-target; 进口 is the other part (export + import = total, not added to anything).")

# 5 省人民政府 (traditional, 過去一年): tax share target, 高出預期目標 gap, a second 75% of another share
P = "過去一年"
row("省人民政府",
    "一般公共預算收入增長5%,稅收收入佔一般公共預算收入比重達到75%以上。",
    "過去一年,全省一般公共預算收入完成3126.4億元,增長5.6%,高出預期目標0.6個百分點;其中稅收收入2297.9億元,增長7.8%,稅收佔比73.5%,較上年提高1.7個百分點,但仍未達到預期。一般公共預算支出7812.5億元,民生支出佔比保持在75%以上。",
    targets=[M("5%", 5, "%", "一般公共預算收入", kind="growth", nth=0),
             M("75%", 75, "%", "稅收收入佔一般公共預算收入比重", bound="min")],
    actuals=[M("3126.4億元", 3126.4, "億元", "一般公共預算收入", period=P),
             M("5.6%", 5.6, "%", "一般公共預算收入增長", kind="growth", period=P),
             M("0.6個百分點", 0.6, "個百分點", "高出預期目標", period=P),
             M("2297.9億元", 2297.9, "億元", "稅收收入", period=P),
             M("7.8%", 7.8, "%", "稅收收入增長", kind="growth", period=P),
             M("73.5%", 73.5, "%", "稅收佔比", period=P),
             M("1.7個百分點", 1.7, "個百分點", "稅收佔比較上年提高", kind="growth", period=P),
             M("7812.5億元", 7812.5, "億元", "一般公共預算支出", period=P),
             M("75%", 75, "%", "民生支出佔比", period=P)],
    pairs=[("t1", ["a2"]), ("t2", ["a6"])],
    note="Traditional characters (預算, 稅收, 佔比, 億元, 個百分點). The tax share target is answered by 稅收佔比73.5% (0.98); 民生支出佔比75%以上 repeats the target's number for another share and does not answer (would-be 1.0). 以上 on an actual is not a bound. 5% also occurs inside 75% in the task (nth 0).")

# 6 市发展改革委: 分别 in task and progress (twice), gaps 1.1个和0.9个百分点 with the unit shared
P = "全年"
row("市发展改革委",
    "城镇、农村常住居民人均可支配收入分别增长6%和7.5%。",
    "全年城镇常住居民人均可支配收入58630元、农村常住居民人均可支配收入31270元,分别增长4.9%和6.6%,分别低于预期1.1个和0.9个百分点,城乡居民收入差距进一步缩小。",
    targets=[M("6%", 6, "%", "城镇常住居民人均可支配收入", kind="growth"),
             M("7.5%", 7.5, "%", "农村常住居民人均可支配收入", kind="growth")],
    actuals=[M("58630元", 58630, "元", "城镇常住居民人均可支配收入", period=P),
             M("31270元", 31270, "元", "农村常住居民人均可支配收入", period=P),
             M("4.9%", 4.9, "%", "城镇常住居民人均可支配收入增长", kind="growth", period=P),
             M("6.6%", 6.6, "%", "农村常住居民人均可支配收入增长", kind="growth", period=P),
             M("1.1个", 1.1, "个百分点", "城镇居民收入增速低于预期", period=P, unit_inferred=True),
             M("0.9个百分点", 0.9, "个百分点", "农村居民收入增速低于预期", period=P)],
    pairs=[("t1", ["a3"]), ("t2", ["a4"])],
    note="分别 three times: the targets, the growths and the gaps map onto 城镇/农村 in order. 1.1个 shares 百分点 with 0.9个百分点 (unit inferred). The gaps are not the actuals. 收入差距进一步缩小 has no number.")

# 7 市发展改革委: 完成计划的108.4%, lower-is-better cap, CPI rise against an approx ceiling, 较上年回落
P = "全年"
row("市发展改革委",
    "城镇新增就业5万人以上,城镇调查失业率控制在5.5%以内,居民消费价格涨幅3%左右。",
    "全年城镇新增就业5.42万人,完成计划的108.4%;城镇调查失业率平均为5.1%,控制在预期目标以内;居民消费价格比上年上涨0.3%,涨幅较上年回落1.6个百分点,物价总体平稳。",
    targets=[M("5万人", 5, "万人", "城镇新增就业", bound="min"),
             M("5.5%", 5.5, "%", "城镇调查失业率", bound="max"),
             M("3%", 3, "%", "居民消费价格涨幅", kind="growth", bound="approx")],
    actuals=[M("5.42万人", 5.42, "万人", "城镇新增就业", period=P),
             M("108.4%", 108.4, "%", "完成计划的(比例)", period=P),
             M("5.1%", 5.1, "%", "城镇调查失业率平均", period=P),
             M("0.3%", 0.3, "%", "居民消费价格比上年上涨", kind="growth", period=P),
             M("1.6个百分点", 1.6, "个百分点", "居民消费价格涨幅较上年回落", kind="reduction", period=P)],
    pairs=[("t1", ["a1"]), ("t2", ["a3"]), ("t3", ["a4"])],
    note="108.4% is the report's completion share, not the actual. Lower-is-better cap: 5.1/5.5 = 0.9273. The CPI target is a ceiling written 左右 (approx, as the existing gold reads it): 0.3/3 = 0.1. 较上年回落1.6个百分点 is a change of the rate, not the rate.")

# 8 省發展改革委 (traditional): 經初步測算 / 預計 for the finished year answer reductions; share with gap
P = "全年"
row("省發展改革委",
    "單位地區生產總值能耗下降3%左右,單位地區生產總值二氧化碳排放下降3.5%,非化石能源佔一次能源消費比重提高到21%。",
    "經初步測算,全年單位地區生產總值能耗下降3.3%左右,單位地區生產總值二氧化碳排放預計下降3.6%,均完成國家下達的年度目標;非化石能源佔一次能源消費比重為20.4%,比上年提高1.2個百分點,較預期目標低0.6個百分點。",
    targets=[M("3%", 3, "%", "單位地區生產總值能耗", kind="reduction", bound="approx"),
             M("3.5%", 3.5, "%", "單位地區生產總值二氧化碳排放", kind="reduction"),
             M("21%", 21, "%", "非化石能源佔一次能源消費比重")],
    actuals=[M("3.3%", 3.3, "%", "單位地區生產總值能耗下降", kind="reduction", period=P),
             M("3.6%", 3.6, "%", "單位地區生產總值二氧化碳排放預計下降", kind="reduction", period=P),
             M("20.4%", 20.4, "%", "非化石能源佔一次能源消費比重"),
             M("1.2個百分點", 1.2, "個百分點", "非化石能源比重比上年提高", kind="growth"),
             M("0.6個百分點", 0.6, "個百分點", "較預期目標低")],
    pairs=[("t1", ["a1"]), ("t2", ["a2"]), ("t3", ["a3"])],
    note="Traditional characters. Intensity figures are only estimated when the report is written: 經初步測算,全年… and 預計下降 describe the finished year and answer (reduction against reduction: 1.1, 1.0286). 左右 on an actual is not a bound. 提高到21% is a level target answered by the share 20.4% (0.9714), not by the 1.2-point rise; 0.6個百分點 is the gap.")

# 9 省发展改革委: target 万吨, actual 亿斤 (common unit: kg), 比上年增加 absolute change, duration 9年, threshold 700亿斤
row("省发展改革委",
    "粮食播种面积稳定在7600万亩以上,粮食总产量保持在3500万吨以上。",
    "全省粮食播种面积7652.3万亩,比上年增加18.7万亩;粮食总产量702.6亿斤,比上年增长1.4%,连续9年稳定在700亿斤以上,完成国家下达的粮食生产目标任务。",
    targets=[M("7600万亩", 7600, "万亩", "粮食播种面积", bound="min"),
             M("3500万吨", 3500, "万吨", "粮食总产量", bound="min")],
    actuals=[M("7652.3万亩", 7652.3, "万亩", "粮食播种面积"),
             M("18.7万亩", 18.7, "万亩", "粮食播种面积比上年增加"),
             M("702.6亿斤", 702.6, "亿斤", "粮食总产量"),
             M("1.4%", 1.4, "%", "粮食总产量比上年增长", kind="growth"),
             M("9年", 9, "年", "连续稳定在700亿斤以上(duration)"),
             M("700亿斤", 700, "亿斤", "粮食总产量稳定线(threshold)")],
    pairs=[("t1", ["a1"]), ("t2", ["a3"])],
    note="702.6亿斤 = 351.3亿公斤 = 3513万吨 against 3500万吨: 1.0037 (斤 = 0.5 kg). 700亿斤以上 is a standing threshold of the province, not the plan's target (would-be 1.0 in 万吨 terms). 连续9年 is a duration. 比上年增加18.7万亩 is an absolute change.")

# 10 市人民政府 (过去一年): 个百分点 growth target, ‰ level target, 个千分点 change, negative ‰
P = "过去一年"
row("市人民政府",
    "常住人口城镇化率提高1个百分点,人口出生率保持在7‰左右。",
    "过去一年,全市常住人口达到968.4万人,比上年末增加3.2万人;常住人口城镇化率为71.6%,提高0.8个百分点,略低于预期;人口出生率为6.12‰,比上年下降0.54个千分点,人口自然增长率为-0.86‰。",
    targets=[M("1个百分点", 1, "个百分点", "常住人口城镇化率", kind="growth"),
             M("7‰", 7, "‰", "人口出生率", bound="approx")],
    actuals=[M("968.4万人", 968.4, "万人", "常住人口", period=P),
             M("3.2万人", 3.2, "万人", "常住人口比上年末增加", period=P),
             M("71.6%", 71.6, "%", "常住人口城镇化率", period=P),
             M("0.8个百分点", 0.8, "个百分点", "常住人口城镇化率提高", kind="growth", period=P),
             M("6.12‰", 6.12, "‰", "人口出生率", period=P),
             M("0.54个千分点", 0.54, "个千分点", "人口出生率比上年下降", kind="reduction", period=P),
             M("-0.86‰", -0.86, "‰", "人口自然增长率", period=P)],
    pairs=[("t1", ["a4"]), ("t2", ["a5"])],
    note="The percentage-point target pairs with the point rise (0.8), not the level 71.6%. The ‰ target pairs with the ‰ level (0.8743), not with the 0.54个千分点 fall. -0.86‰ is a negative rate (value -0.86) with no target.")

# 11 省发展改革委: restated target in brackets (30微克/立方米), 不超过, 未完成预期目标,主要原因是, day count change
row("省发展改革委",
    "森林覆盖率达到58.5%,设区市PM2.5平均浓度不超过30微克/立方米,空气质量优良天数比例不低于90%。",
    "全省森林覆盖率达到58.6%,比上年提高0.2个百分点;设区市PM2.5平均浓度28.4微克/立方米,较年度预期目标(30微克/立方米)低1.6微克/立方米,同比下降3.4%;空气质量优良天数比例为88.7%,未完成预期目标,主要原因是夏季臭氧污染加重,优良天数同比减少5天。",
    targets=[M("58.5%", 58.5, "%", "森林覆盖率"),
             M("30微克/立方米", 30, "微克/立方米", "设区市PM2.5平均浓度", bound="max"),
             M("90%", 90, "%", "空气质量优良天数比例", bound="min")],
    actuals=[M("58.6%", 58.6, "%", "森林覆盖率"),
             M("0.2个百分点", 0.2, "个百分点", "森林覆盖率比上年提高", kind="growth"),
             M("28.4微克/立方米", 28.4, "微克/立方米", "设区市PM2.5平均浓度"),
             M("30微克/立方米", 30, "微克/立方米", "PM2.5年度预期目标(restated)"),
             M("1.6微克/立方米", 1.6, "微克/立方米", "PM2.5浓度较年度预期目标低"),
             M("3.4%", 3.4, "%", "PM2.5平均浓度同比下降", kind="reduction"),
             M("88.7%", 88.7, "%", "空气质量优良天数比例"),
             M("5天", 5, "天", "优良天数同比减少")],
    pairs=[("t1", ["a1"]), ("t2", ["a3"]), ("t3", ["a7"])],
    note="PM2.5 is a name. The bracketed 30微克/立方米 restates the target and does not answer; 28.4 does (lower-is-better: 0.9467). 1.6微克/立方米 is the margin below the target. 88.7/90 = 0.9856, reported as 未完成. 减少5天 is a change of the day count.")

# 12 市人民政府 (过去一年): R&D intensity 预计 for the finished year answers, stock target answered by the total not the net gain
P = "过去一年"
row("市人民政府",
    "全社会研发经费投入强度达到2.6%,高新技术企业总数突破2000家,数字经济核心产业增加值占地区生产总值比重提高到10%。",
    "过去一年,全社会研发经费投入强度预计达到2.63%,较上年提高0.11个百分点;净增高新技术企业286家,总数达到2137家;数字经济核心产业增加值占地区生产总值比重为9.4%,距预期目标还差0.6个百分点。",
    targets=[M("2.6%", 2.6, "%", "全社会研发经费投入强度"),
             M("2000家", 2000, "家", "高新技术企业总数", bound="min"),
             M("10%", 10, "%", "数字经济核心产业增加值占地区生产总值比重")],
    actuals=[M("2.63%", 2.63, "%", "全社会研发经费投入强度(预计)", period=P),
             M("0.11个百分点", 0.11, "个百分点", "研发投入强度较上年提高", kind="growth", period=P),
             M("286家", 286, "家", "净增高新技术企业", period=P),
             M("2137家", 2137, "家", "高新技术企业总数", period=P),
             M("9.4%", 9.4, "%", "数字经济核心产业增加值占地区生产总值比重", period=P),
             M("0.6个百分点", 0.6, "个百分点", "距预期目标还差", period=P)],
    pairs=[("t1", ["a1"]), ("t2", ["a4"]), ("t3", ["a5"])],
    note="R&D intensity is published late, so the review gives an estimate (预计) for the year that has ended: it answers (1.0115). The 总数 target is answered by the total 2137家, not the net gain 286家. 还差0.6个百分点 is the gap.")

# 13 市发展改革委: per-1000 rates (张, 人) vs stocks (万张, 万人), age class 3岁, 托位 rate vs 新增 count
row("市发展改革委",
    "每千常住人口医疗卫生机构床位数达到6.8张,每千常住人口执业(助理)医师数达到3.3人,新增普惠性托位2000个。",
    "年末全市医疗卫生机构实有床位4.21万张,每千常住人口床位数6.92张;执业(助理)医师2.06万人,每千常住人口执业(助理)医师数3.38人,均超过预期;全年新增普惠性托位1860个,每千人口拥有3岁以下婴幼儿托位数达到3.1个。",
    targets=[M("6.8张", 6.8, "张", "每千常住人口医疗卫生机构床位数"),
             M("3.3人", 3.3, "人", "每千常住人口执业(助理)医师数"),
             M("2000个", 2000, "个", "新增普惠性托位")],
    actuals=[M("4.21万张", 4.21, "万张", "医疗卫生机构实有床位", period="年末"),
             M("6.92张", 6.92, "张", "每千常住人口床位数", period="年末"),
             M("2.06万人", 2.06, "万人", "执业(助理)医师", period="年末"),
             M("3.38人", 3.38, "人", "每千常住人口执业(助理)医师数", period="年末"),
             M("1860个", 1860, "个", "新增普惠性托位", period="全年"),
             M("3岁", 3, "岁", "3岁以下婴幼儿(class)"),
             M("3.1个", 3.1, "个", "每千人口拥有3岁以下婴幼儿托位数")],
    pairs=[("t1", ["a2"]), ("t2", ["a4"]), ("t3", ["a5"])],
    note="每千常住人口 is the basis of a rate (千 is no quantity). The per-1000 rates answer the rate targets; the stocks 4.21万张 and 2.06万人 do not. 每千人口托位数3.1个 shares the unit 个 with the 新增托位 target but is a rate (would-be 0.0016). 3岁 is an age class.")

# 14 市人民政府 (traditional, 過去一年): range growth target 5.5%-6%, rank 第三位, growth answered beside a level
P = "過去一年"
row("市人民政府",
    "地區生產總值增長5.5%-6%,規模以上工業增加值增長7%以上,社會消費品零售總額增長6%左右。",
    "過去一年,全市地區生產總值邁上新台階,達到5286.7億元,增長5.9%,處於預期目標區間;規模以上工業增加值增長8.2%,增速居全省第三位;社會消費品零售總額2143.5億元,增長5.4%,略低於預期。",
    targets=[M("5.5%-6%", 5.5, "%", "地區生產總值", kind="growth", bound="range", value_max=6),
             M("7%", 7, "%", "規模以上工業增加值", kind="growth", bound="min"),
             M("6%", 6, "%", "社會消費品零售總額", kind="growth", bound="approx", nth=1)],
    actuals=[M("5286.7億元", 5286.7, "億元", "地區生產總值", period=P),
             M("5.9%", 5.9, "%", "地區生產總值增長", kind="growth", period=P),
             M("8.2%", 8.2, "%", "規模以上工業增加值增長", kind="growth", period=P),
             M("2143.5億元", 2143.5, "億元", "社會消費品零售總額", period=P),
             M("5.4%", 5.4, "%", "社會消費品零售總額增長", kind="growth", period=P)],
    pairs=[("t1", ["a2"]), ("t2", ["a3"]), ("t3", ["a5"])],
    note="Traditional characters. Range target: ratio against the lower end (5.9/5.5 = 1.0727); 處於預期目標區間 confirms it in words. 第三位 is a rank. 6% also ends the range 5.5%-6% (nth 1 for the 社零 target). The levels in 億元 do not answer the growth targets.")

# 15 省发展改革委: 海关快报数, 其中 sub-targets for 出口 and 进口, a fall against the import growth target
P = "全年"
row("省发展改革委",
    "货物进出口总额增长3%,其中出口增长4%、进口增长1.5%。",
    "据海关快报数,全年全省货物进出口总额6872.4亿元,增长1.8%,低于预期目标1.2个百分点。其中,出口4536.9亿元,增长4.3%,完成预期目标;进口2335.5亿元,下降2.6%,主要是大宗商品进口价格回落。",
    targets=[M("3%", 3, "%", "货物进出口总额", kind="growth"),
             M("4%", 4, "%", "出口", kind="growth"),
             M("1.5%", 1.5, "%", "进口", kind="growth")],
    actuals=[M("6872.4亿元", 6872.4, "亿元", "货物进出口总额", period=P),
             M("1.8%", 1.8, "%", "货物进出口总额增长", kind="growth", period=P),
             M("1.2个百分点", 1.2, "个百分点", "低于预期目标", period=P),
             M("4536.9亿元", 4536.9, "亿元", "出口"),
             M("4.3%", 4.3, "%", "出口增长", kind="growth"),
             M("2335.5亿元", 2335.5, "亿元", "进口"),
             M("2.6%", 2.6, "%", "进口下降", kind="reduction")],
    pairs=[("t1", ["a2"]), ("t2", ["a5"]), ("t3", ["a7"])],
    note="快报数 (customs flash figures) answer. The import growth target is answered by a fall: signed ratio -2.6/1.5 = -1.7333. 1.2个百分点 is a gap. Export + import levels make up the total.")

# 16 市发展改革委 (full-width digits): 比计划低, 其中 part without target, share target with a fall of the share
P = "全年"
row("市发展改革委",
    "固定资产投资增长７％,工业投资增长１０％以上,民间投资占固定资产投资比重保持在５５％以上。",
    "全年全市固定资产投资增长５．２％,比计划低１．８个百分点;工业投资增长１３．６％,其中制造业投资增长１６．１％;民间投资增长１．４％,占固定资产投资比重为５３．８％,较上年下降１．９个百分点。",
    targets=[M("７％", 7, "%", "固定资产投资", kind="growth"),
             M("１０％", 10, "%", "工业投资", kind="growth", bound="min"),
             M("５５％", 55, "%", "民间投资占固定资产投资比重", bound="min")],
    actuals=[M("５．２％", 5.2, "%", "固定资产投资增长", kind="growth", period=P),
             M("１．８个百分点", 1.8, "个百分点", "比计划低", period=P),
             M("１３．６％", 13.6, "%", "工业投资增长", kind="growth"),
             M("１６．１％", 16.1, "%", "制造业投资增长", kind="growth"),
             M("１．４％", 1.4, "%", "民间投资增长", kind="growth"),
             M("５３．８％", 53.8, "%", "民间投资占固定资产投资比重"),
             M("１．９个百分点", 1.9, "个百分点", "民间投资比重较上年下降", kind="reduction")],
    pairs=[("t1", ["a1"]), ("t2", ["a3"]), ("t3", ["a6"])],
    note="Full-width digits, decimal points and percent signs. The share target is answered by the share 53.8% (0.9782), not by the 1.4% growth of 民间投资. 制造业投资 is a 其中 part of 工业投资 without a target. 1.8 and 1.9 个百分点 are a gap and a change.")

# 17 省发展改革委: only one of three targets answered (share reported only as a growth, contracts in words)
row("省发展改革委",
    "高新技术企业数量达到1.2万家,高新技术产业增加值占规模以上工业增加值比重达到50%,技术合同成交额增长15%。",
    "年末全省有效高新技术企业12680家,较上年净增1530家;高新技术产业增加值增长9.3%,快于规模以上工业2.1个百分点。技术市场交易活跃,技术合同成交额再创新高。",
    targets=[M("1.2万家", 1.2, "万家", "高新技术企业数量"),
             M("50%", 50, "%", "高新技术产业增加值占规模以上工业增加值比重"),
             M("15%", 15, "%", "技术合同成交额", kind="growth")],
    actuals=[M("12680家", 12680, "家", "有效高新技术企业", period="年末"),
             M("1530家", 1530, "家", "高新技术企业较上年净增", period="年末"),
             M("9.3%", 9.3, "%", "高新技术产业增加值增长", kind="growth"),
             M("2.1个百分点", 2.1, "个百分点", "高新技术产业增加值增速快于规模以上工业")],
    pairs=[("t1", ["a1"])],
    note="12680家 against 1.2万家: 1.0567. The share target is not reported: the 9.3% growth of the same 增加值 does not answer a share (unpaired). 再创新高 gives no number for the contracts target (unpaired). 2.1个百分点 compares two growths.")

# 18 市发展改革委: restated target in brackets (年初预期目标为8.5%), 较上年回落 of a growth
P = "全年"
row("市发展改革委",
    "数字经济核心产业增加值增长12%,占地区生产总值比重达到8.5%。",
    "全年数字经济核心产业增加值412.6亿元,增长10.7%,占地区生产总值比重为8.1%(年初预期目标为8.5%),比上年提高0.4个百分点;受电子信息制造业终端需求下滑影响,增加值增速较上年回落5.2个百分点。",
    targets=[M("12%", 12, "%", "数字经济核心产业增加值", kind="growth"),
             M("8.5%", 8.5, "%", "数字经济核心产业增加值占地区生产总值比重")],
    actuals=[M("412.6亿元", 412.6, "亿元", "数字经济核心产业增加值", period=P),
             M("10.7%", 10.7, "%", "数字经济核心产业增加值增长", kind="growth", period=P),
             M("8.1%", 8.1, "%", "数字经济核心产业增加值占地区生产总值比重", period=P),
             M("8.5%", 8.5, "%", "年初预期目标(restated)"),
             M("0.4个百分点", 0.4, "个百分点", "占比比上年提高", kind="growth"),
             M("5.2个百分点", 5.2, "个百分点", "增加值增速较上年回落", kind="reduction")],
    pairs=[("t1", ["a2"]), ("t2", ["a3"])],
    note="年初预期目标为8.5% restates the target and does not answer (would-be 1.0); the share 8.1% does (0.9529). 10.7/12 = 0.8917. 回落5.2个百分点 is a change of the growth rate.")

# 19 省发展改革委: one target answered, the other (户籍人口城镇化率) only in words
row("省发展改革委",
    "常住人口城镇化率达到66%,户籍人口城镇化率达到52%。",
    "年末全省常住人口城镇化率为65.7%,比上年末提高0.9个百分点,与预期目标相差0.3个百分点;户籍人口城镇化率有关数据尚在核定中,预计可完成年度目标。",
    targets=[M("66%", 66, "%", "常住人口城镇化率"),
             M("52%", 52, "%", "户籍人口城镇化率")],
    actuals=[M("65.7%", 65.7, "%", "常住人口城镇化率", period="年末"),
             M("0.9个百分点", 0.9, "个百分点", "常住人口城镇化率比上年末提高", kind="growth", period="年末"),
             M("0.3个百分点", 0.3, "个百分点", "与预期目标相差", period="年末")],
    pairs=[("t1", ["a1"])],
    note="65.7/66 = 0.9955. The 户籍人口 rate is still being verified and only expected to meet the target (预计可完成, no number): unpaired. The changes and gaps in 个百分点 are not the level.")

# 20 省人民政府 (traditional, 過去一年): 超過預期目標3.8萬人 (an excess, nth), 新增 vs 總量 stock
P = "過去一年"
row("省人民政府",
    "城鎮新增就業60萬人以上,城鎮調查失業率5.5%左右,農村勞動力轉移就業新增25萬人。",
    "過去一年,我們把穩就業擺在突出位置,全省城鎮新增就業63.8萬人,超過預期目標3.8萬人;城鎮調查失業率平均值為5.2%,比上年下降0.3個百分點;新增農村勞動力轉移就業26.4萬人,年末農村勞動力轉移就業總量達到1126萬人。",
    targets=[M("60萬人", 60, "萬人", "城鎮新增就業", bound="min"),
             M("5.5%", 5.5, "%", "城鎮調查失業率", bound="approx"),
             M("25萬人", 25, "萬人", "農村勞動力轉移就業新增")],
    actuals=[M("63.8萬人", 63.8, "萬人", "城鎮新增就業", period=P),
             M("3.8萬人", 3.8, "萬人", "超過預期目標", nth=1, period=P),
             M("5.2%", 5.2, "%", "城鎮調查失業率平均值", period=P),
             M("0.3個百分點", 0.3, "個百分點", "失業率比上年下降", kind="reduction", period=P),
             M("26.4萬人", 26.4, "萬人", "新增農村勞動力轉移就業", period=P),
             M("1126萬人", 1126, "萬人", "農村勞動力轉移就業總量", period="年末")],
    pairs=[("t1", ["a1"]), ("t2", ["a3"]), ("t3", ["a5"])],
    note="Traditional characters. 超過預期目標3.8萬人 is the excess over the target (3.8萬人 also occurs inside 63.8萬人: nth 1). The unemployment rate written 5.5%左右 is approx, lower is better: 0.9455. The 總量1126萬人 is a stock (would-be 45.04); the 新增 figure answers (1.056).")

# 21 市发展改革委: target 亿斤, actual 万吨, 持平 without a growth target, restated threshold, 出栏 vs 存栏
row("市发展改革委",
    "粮食总产量稳定在60亿斤以上,蔬菜产量达到420万吨,生猪出栏380万头左右。",
    "全市粮食总产量302.4万吨,与上年基本持平,连续多年稳定在60亿斤以上;蔬菜产量436.8万吨,增长3.1%;生猪出栏368.5万头,下降4.7%,年末生猪存栏246.2万头,能繁母猪存栏保持在正常保有量区间。",
    targets=[M("60亿斤", 60, "亿斤", "粮食总产量", bound="min"),
             M("420万吨", 420, "万吨", "蔬菜产量"),
             M("380万头", 380, "万头", "生猪出栏", bound="approx")],
    actuals=[M("302.4万吨", 302.4, "万吨", "粮食总产量"),
             M("持平", 0, "%", "粮食总产量与上年基本持平", kind="growth", unit_inferred=True),
             M("60亿斤", 60, "亿斤", "粮食总产量稳定线(restated)"),
             M("436.8万吨", 436.8, "万吨", "蔬菜产量"),
             M("3.1%", 3.1, "%", "蔬菜产量增长", kind="growth"),
             M("368.5万头", 368.5, "万头", "生猪出栏"),
             M("4.7%", 4.7, "%", "生猪出栏下降", kind="reduction"),
             M("246.2万头", 246.2, "万头", "年末生猪存栏", period="年末")],
    pairs=[("t1", ["a1"]), ("t2", ["a4"]), ("t3", ["a6"])],
    note="302.4万吨 = 60.48亿斤 against 60亿斤: 1.008. 稳定在60亿斤以上 in the progress repeats the target's number and does not answer. 基本持平 = growth 0 with no growth target. 存栏 (stock) does not answer 出栏 (output).")

# 22 市人民政府 (过去一年, Chinese numerals): 百分之…, 三万二千人, milestone 突破三千亿元
P = "过去一年"
row("市人民政府",
    "地区生产总值增长百分之六点五左右,一般公共预算收入增长百分之五,城镇新增就业三万二千人。",
    "过去一年,全市地区生产总值增长百分之五点九,总量突破三千亿元;一般公共预算收入增长百分之六点二;城镇新增就业三万四千六百人。",
    targets=[M("百分之六点五", 6.5, "%", "地区生产总值", kind="growth", bound="approx"),
             M("百分之五", 5, "%", "一般公共预算收入", kind="growth"),
             M("三万二千人", 32000, "人", "城镇新增就业")],
    actuals=[M("百分之五点九", 5.9, "%", "地区生产总值增长", kind="growth", period=P),
             M("三千亿元", 3000, "亿元", "地区生产总值总量突破(milestone)", period=P),
             M("百分之六点二", 6.2, "%", "一般公共预算收入增长", kind="growth", period=P),
             M("三万四千六百人", 34600, "人", "城镇新增就业", period=P)],
    pairs=[("t1", ["a1"]), ("t2", ["a3"]), ("t3", ["a4"])],
    note="Chinese numerals throughout (百分之六点五 = 6.5%, 三万二千人 = 32000人, 三千亿元 = 3000亿元). 突破三千亿元 is a milestone with no level target. 百分之五 also starts 百分之五点九 in the progress, but that is a different mention.")

# 23 省发展改革委: 万亿元 target vs 亿元 actual, 比计划多, 为预期目标的86% (not the actual), share without target
P = "全年"
row("省发展改革委",
    "社会消费品零售总额达到1.35万亿元,实物商品网上零售额增长10%。",
    "全年全省社会消费品零售总额13826.5亿元,比计划多326.5亿元,增长5.9%;实物商品网上零售额增长8.6%,为预期目标的86%,占社会消费品零售总额的比重为24.3%。",
    targets=[M("1.35万亿元", 1.35, "万亿元", "社会消费品零售总额"),
             M("10%", 10, "%", "实物商品网上零售额", kind="growth")],
    actuals=[M("13826.5亿元", 13826.5, "亿元", "社会消费品零售总额", period=P),
             M("326.5亿元", 326.5, "亿元", "比计划多", period=P),
             M("5.9%", 5.9, "%", "社会消费品零售总额增长", kind="growth", period=P),
             M("8.6%", 8.6, "%", "实物商品网上零售额增长", kind="growth", period=P),
             M("86%", 86, "%", "为预期目标的(比例)", period=P),
             M("24.3%", 24.3, "%", "实物商品网上零售额占社会消费品零售总额的比重", period=P)],
    pairs=[("t1", ["a1"]), ("t2", ["a4"])],
    note="1.35万亿元 = 13500亿元: 13826.5/13500 = 1.0242. 比计划多326.5亿元 is the excess over the plan (13826.5 - 13500), not the actual. 为预期目标的86% is the report's own share (8.6/10), not the actual. The online share 24.3% has no target.")

# 24 市发展改革委: two completion shares against two budgets (adjusted target noted), 同口径增长
P = "全年"
row("市发展改革委",
    "一般公共预算收入达到385亿元,增长6%,税收收入占比保持在78%左右。",
    "全年一般公共预算收入完成372.8亿元,为调整后预算的100.4%、年初预算的96.8%,同口径增长4.3%;税收收入占比为79.2%,收入质量保持较好水平。",
    targets=[M("385亿元", 385, "亿元", "一般公共预算收入"),
             M("6%", 6, "%", "一般公共预算收入", kind="growth"),
             M("78%", 78, "%", "税收收入占比", bound="approx")],
    actuals=[M("372.8亿元", 372.8, "亿元", "一般公共预算收入", period=P),
             M("100.4%", 100.4, "%", "为调整后预算的(比例)", period=P),
             M("96.8%", 96.8, "%", "为年初预算的(比例)", period=P),
             M("4.3%", 4.3, "%", "一般公共预算收入同口径增长", kind="growth", period=P),
             M("79.2%", 79.2, "%", "税收收入占比", period=P)],
    pairs=[("t1", ["a1"]), ("t2", ["a4"]), ("t3", ["a5"])],
    note="The budget was adjusted during the year (调整后预算, value not given): the ratio stays against the original 385亿元 (0.9683 = 年初预算的96.8%). 100.4% and 96.8% are completion shares, not actuals. One metric with a level and a growth target: the level answers the level, 同口径增长 the growth.")

# 25 省發展改革委 (traditional): 持平 and a fall against growth targets, 未完成預期目標,主要原因是
P = "全年"
row("省發展改革委",
    "實際使用外資增長3%,外貿進出口總額增長5%左右,新設外商投資企業500家。",
    "全年全省實際使用外資86.4億美元,按可比口徑與上年持平;外貿進出口總額5248.6億元,比上年下降1.9%,未完成預期目標,主要原因是外需收縮和上年基數較高;新設外商投資企業537家,增長12.6%。",
    targets=[M("3%", 3, "%", "實際使用外資", kind="growth"),
             M("5%", 5, "%", "外貿進出口總額", kind="growth", bound="approx"),
             M("500家", 500, "家", "新設外商投資企業")],
    actuals=[M("86.4億美元", 86.4, "億美元", "實際使用外資", period=P),
             M("持平", 0, "%", "實際使用外資按可比口徑與上年持平", kind="growth", unit_inferred=True, period=P),
             M("5248.6億元", 5248.6, "億元", "外貿進出口總額"),
             M("1.9%", 1.9, "%", "外貿進出口總額比上年下降", kind="reduction"),
             M("537家", 537, "家", "新設外商投資企業"),
             M("12.6%", 12.6, "%", "新設外商投資企業增長", kind="growth")],
    pairs=[("t1", ["a2"]), ("t2", ["a4"]), ("t3", ["a5"])],
    note="Traditional characters. 與上年持平 = growth 0 against 增長3% (ratio 0); the level 86.4億美元 does not answer a growth target. A fall of 1.9% against 增長5%左右: signed ratio -0.38. 537/500 = 1.074; the 12.6% growth of the count has no target.")

# 26 市发展改革委: 据统计快报, 超过预期0.4个百分点, rank 第4位, 其中 share target, 亿千瓦时 level beside growth
P = "全年"
row("市发展改革委",
    "规模以上工业增加值增长8%,高技术制造业增加值占规上工业增加值比重达到20%,全社会用电量增长6%。",
    "据统计快报,全年规模以上工业增加值增长8.4%,超过预期0.4个百分点,增速居全省第4位,其中高技术制造业增加值增长15.2%,占规上工业增加值比重为21.3%;全社会用电量386.2亿千瓦时,增长7.1%,其中工业用电量增长6.4%。",
    targets=[M("8%", 8, "%", "规模以上工业增加值", kind="growth"),
             M("20%", 20, "%", "高技术制造业增加值占规上工业增加值比重"),
             M("6%", 6, "%", "全社会用电量", kind="growth")],
    actuals=[M("8.4%", 8.4, "%", "规模以上工业增加值增长", kind="growth", period=P),
             M("0.4个百分点", 0.4, "个百分点", "超过预期", period=P),
             M("15.2%", 15.2, "%", "高技术制造业增加值增长", kind="growth", period=P),
             M("21.3%", 21.3, "%", "高技术制造业增加值占规上工业增加值比重", period=P),
             M("386.2亿千瓦时", 386.2, "亿千瓦时", "全社会用电量"),
             M("7.1%", 7.1, "%", "全社会用电量增长", kind="growth"),
             M("6.4%", 6.4, "%", "工业用电量增长", kind="growth")],
    pairs=[("t1", ["a1"]), ("t2", ["a4"]), ("t3", ["a6"])],
    note="统计快报 figures answer. 第4位 is a rank. The share target is answered by the share 21.3% (1.065), not by the 15.2% growth. 工业用电量 is a 其中 part; its 6.4% growth does not answer the total's target (the total grew 7.1%: 1.1833).")

# 27 省发展改革委: 初步预计 for the finished year answers, the same 5.5% twice in the task, 有望突破 milestone, 同步 without number
P = "全年"
row("省发展改革委",
    "全省地区生产总值增长5.5%以上,居民人均可支配收入增长与经济增长同步,城镇调查失业率控制在5.5%左右。",
    "初步预计,全年全省地区生产总值增长5.3%左右,较预期目标低0.2个百分点,经济总量有望突破4.5万亿元;全省居民人均可支配收入增长5.6%,快于经济增长0.3个百分点;城镇调查失业率平均为5.0%。",
    targets=[M("5.5%", 5.5, "%", "全省地区生产总值", kind="growth", bound="min", nth=0),
             M("5.5%", 5.5, "%", "城镇调查失业率", bound="approx", nth=1)],
    actuals=[M("5.3%", 5.3, "%", "全省地区生产总值预计增长", kind="growth", period=P),
             M("0.2个百分点", 0.2, "个百分点", "较预期目标低", period=P),
             M("4.5万亿元", 4.5, "万亿元", "经济总量有望突破(milestone)", period=P),
             M("5.6%", 5.6, "%", "全省居民人均可支配收入增长", kind="growth"),
             M("0.3个百分点", 0.3, "个百分点", "居民收入增长快于经济增长"),
             M("5.0%", 5.0, "%", "城镇调查失业率平均")],
    pairs=[("t1", ["a1"]), ("t2", ["a6"])],
    note="The report is written before final GDP data: 初步预计,全年…增长5.3%左右 is the estimate of a finished year and answers (0.9636). 5.5% occurs twice in the task (GDP growth min, unemployment approx). 与经济增长同步 gives no number: the income growth 5.6% stays unpaired. 有望突破4.5万亿元 is a milestone with no target.")

# 28 市人民政府 (过去一年): 公顷 target vs 亩 actual, 其中 part, 实现预期目标, rank 第二 in words
P = "过去一年"
row("市人民政府",
    "完成营造林12万亩,森林覆盖率稳定在64%以上,新增湿地保护面积500公顷。",
    "过去一年,全市完成营造林13.6万亩,其中人工造林4.2万亩;森林覆盖率保持在64.2%,实现预期目标,位居全省第二;新增湿地保护面积7800亩,全市湿地保护率提高到53.5%。",
    targets=[M("12万亩", 12, "万亩", "营造林"),
             M("64%", 64, "%", "森林覆盖率", bound="min"),
             M("500公顷", 500, "公顷", "新增湿地保护面积")],
    actuals=[M("13.6万亩", 13.6, "万亩", "营造林", period=P),
             M("4.2万亩", 4.2, "万亩", "人工造林", period=P),
             M("64.2%", 64.2, "%", "森林覆盖率", period=P),
             M("7800亩", 7800, "亩", "新增湿地保护面积", period=P),
             M("53.5%", 53.5, "%", "湿地保护率", period=P)],
    pairs=[("t1", ["a1"]), ("t2", ["a3"]), ("t3", ["a4"])],
    note="7800亩 (× 666.67 m²) against 500公顷 (× 10000 m²): 1.04. The 其中 part 人工造林 is not added. 实现预期目标 confirms 64.2%. 位居全省第二 is a rank. 湿地保护率 is a rate, not the area.")

# 29 市发展改革委 (full-width digits): 岁 target, per-1000 rates, 未达到预期,主要是
row("市发展改革委",
    "人均预期寿命达到８０．５岁,每千人口执业(助理)医师数达到３．５人,每千人口注册护士数达到４．２人。",
    "全市人均预期寿命达到８０．７岁,比上年提高０．３岁;每千人口执业(助理)医师数３．６２人、注册护士数４．０５人,注册护士数未达到预期,主要是基层护理人员招录进度滞后。",
    targets=[M("８０．５岁", 80.5, "岁", "人均预期寿命"),
             M("３．５人", 3.5, "人", "每千人口执业(助理)医师数"),
             M("４．２人", 4.2, "人", "每千人口注册护士数")],
    actuals=[M("８０．７岁", 80.7, "岁", "人均预期寿命"),
             M("０．３岁", 0.3, "岁", "人均预期寿命比上年提高"),
             M("３．６２人", 3.62, "人", "每千人口执业(助理)医师数"),
             M("４．０５人", 4.05, "人", "每千人口注册护士数")],
    pairs=[("t1", ["a1"]), ("t2", ["a3"]), ("t3", ["a4"])],
    note="Full-width digits and decimal points. 注册护士数 elides 每千人口 (shared with the clause before): 4.05/4.2 = 0.9643. 比上年提高０．３岁 is a change.")

# 30 市发展改革委: 其中 sub-target (限上), level beside growth, 分行业 part without target
P = "全年"
row("市发展改革委",
    "社会消费品零售总额增长6.5%,其中限额以上单位消费品零售额增长8%,新增限额以上商贸单位200家。",
    "全年全市实现社会消费品零售总额1562.3亿元,增长6.8%,完成预期目标;其中限额以上单位消费品零售额618.7亿元,增长7.2%,未达到预期;新增限额以上商贸单位231家。分行业看,餐饮收入186.4亿元,增长12.5%。",
    targets=[M("6.5%", 6.5, "%", "社会消费品零售总额", kind="growth"),
             M("8%", 8, "%", "限额以上单位消费品零售额", kind="growth"),
             M("200家", 200, "家", "新增限额以上商贸单位")],
    actuals=[M("1562.3亿元", 1562.3, "亿元", "社会消费品零售总额", period=P),
             M("6.8%", 6.8, "%", "社会消费品零售总额增长", kind="growth", period=P),
             M("618.7亿元", 618.7, "亿元", "限额以上单位消费品零售额", period=P),
             M("7.2%", 7.2, "%", "限额以上单位消费品零售额增长", kind="growth", period=P),
             M("231家", 231, "家", "新增限额以上商贸单位", period=P),
             M("186.4亿元", 186.4, "亿元", "餐饮收入"),
             M("12.5%", 12.5, "%", "餐饮收入增长", kind="growth")],
    pairs=[("t1", ["a2"]), ("t2", ["a4"]), ("t3", ["a5"])],
    note="其中限额以上 is a sub-target answered by its own growth (0.9), not by the total's 6.8%. 餐饮收入 is a part by trade with no target; its 12.5% does not answer anything. 限额以上 is a class without a number.")

# 31 市人民政府 (traditional, 過去一年): 其中 sub-target for 農村, 分別 in the progress, CPI 持平 against a ceiling
P = "過去一年"
row("市人民政府",
    "全體居民人均可支配收入增長6%,其中農村居民人均可支配收入增長7%,居民消費價格漲幅控制在3%以內。",
    "過去一年,全市全體居民人均可支配收入46385元,增長5.2%;城鎮和農村居民人均可支配收入分別為58214元和28936元,分別增長4.6%和6.9%;居民消費價格總水平與上年持平。",
    targets=[M("6%", 6, "%", "全體居民人均可支配收入", kind="growth"),
             M("7%", 7, "%", "農村居民人均可支配收入", kind="growth"),
             M("3%", 3, "%", "居民消費價格漲幅", kind="growth", bound="max")],
    actuals=[M("46385元", 46385, "元", "全體居民人均可支配收入", period=P),
             M("5.2%", 5.2, "%", "全體居民人均可支配收入增長", kind="growth", period=P),
             M("58214元", 58214, "元", "城鎮居民人均可支配收入", period=P),
             M("28936元", 28936, "元", "農村居民人均可支配收入", period=P),
             M("4.6%", 4.6, "%", "城鎮居民人均可支配收入增長", kind="growth", period=P),
             M("6.9%", 6.9, "%", "農村居民人均可支配收入增長", kind="growth", period=P),
             M("持平", 0, "%", "居民消費價格總水平與上年持平", kind="growth", unit_inferred=True, period=P)],
    pairs=[("t1", ["a2"]), ("t2", ["a6"]), ("t3", ["a7"])],
    note="Traditional characters. 分別為…分別增長 maps levels and growths onto 城鎮/農村 in order; the 農村 growth answers the 其中 sub-target (0.9857), the 城鎮 one has no target. CPI 與上年持平 = growth 0 under a 3% ceiling: ratio 0.")

# 32 省发展改革委: a rise (上升) against a reduction target (negative ratio), 初步测算, a target without number
P = "全年"
row("省发展改革委",
    "单位地区生产总值能耗下降2.5%,规模以上工业单位增加值能耗下降3%,单位地区生产总值二氧化碳排放完成国家下达目标。",
    "初步测算,全年单位地区生产总值能耗上升0.8%,未完成年度目标,主要原因是一批重大石化、钢铁项目集中投产,新增能耗较多;规模以上工业单位增加值能耗下降1.6%;能源消费总量1.86亿吨标准煤,增长4.9%。",
    targets=[M("2.5%", 2.5, "%", "单位地区生产总值能耗", kind="reduction"),
             M("3%", 3, "%", "规模以上工业单位增加值能耗", kind="reduction")],
    actuals=[M("0.8%", 0.8, "%", "单位地区生产总值能耗上升", kind="growth", period=P),
             M("1.6%", 1.6, "%", "规模以上工业单位增加值能耗下降", kind="reduction", period=P),
             M("1.86亿吨标准煤", 1.86, "亿吨标准煤", "能源消费总量", period=P),
             M("4.9%", 4.9, "%", "能源消费总量增长", kind="growth", period=P)],
    pairs=[("t1", ["a1"]), ("t2", ["a2"])],
    note="初步测算 of the finished year answers. The intensity rose 0.8% against a 2.5% reduction target: signed ratio -0.32. 1.6/3 = 0.5333. The CO2 target has no number (完成国家下达目标) and the progress does not report it. 能源消费总量 has no target.")

# 33 省发展改革委: scope count 312个, 比年度计划多 (nth), 投资完成率, gap and change in 个百分点
P = "全年"
row("省发展改革委",
    "省市重大项目完成投资1200亿元,基础设施投资增长8%,民间投资增长4%以上。",
    "全年312个省市重大项目完成投资1286.4亿元,比年度计划多86.4亿元,投资完成率107.2%;基础设施投资增长9.6%,其中交通投资增长14.3%;民间投资增长3.1%,增速比上年提高2.4个百分点,但仍低于预期0.9个百分点。",
    targets=[M("1200亿元", 1200, "亿元", "省市重大项目完成投资"),
             M("8%", 8, "%", "基础设施投资", kind="growth"),
             M("4%", 4, "%", "民间投资", kind="growth", bound="min")],
    actuals=[M("312个", 312, "个", "省市重大项目(scope)", period=P),
             M("1286.4亿元", 1286.4, "亿元", "省市重大项目完成投资", period=P),
             M("86.4亿元", 86.4, "亿元", "比年度计划多", nth=1, period=P),
             M("107.2%", 107.2, "%", "投资完成率", period=P),
             M("9.6%", 9.6, "%", "基础设施投资增长", kind="growth", period=P),
             M("14.3%", 14.3, "%", "交通投资增长", kind="growth", period=P),
             M("3.1%", 3.1, "%", "民间投资增长", kind="growth", period=P),
             M("2.4个百分点", 2.4, "个百分点", "民间投资增速比上年提高", kind="growth", period=P),
             M("0.9个百分点", 0.9, "个百分点", "民间投资增速低于预期", period=P)],
    pairs=[("t1", ["a2"]), ("t2", ["a5"]), ("t3", ["a7"])],
    note="312个 counts the projects (scope). 比年度计划多86.4亿元 is the excess (86.4亿元 also occurs inside 1286.4亿元: nth 1); 投资完成率107.2% is a completion share. 交通投资 is a 其中 part. 3.1/4 = 0.775.")

# 34 市人民政府 (过去一年, Chinese numerals): 万吨 target vs 亿斤 actual, slogan “二十连丰”, duration 十年
P = "过去一年"
row("市人民政府",
    "粮食总产量稳定在一百八十万吨以上,新建高标准农田二十万亩,农村居民人均可支配收入增长百分之七。",
    "过去一年,全市粮食总产量达到三十六点三亿斤,实现“二十连丰”;新建高标准农田二十一点五万亩;农村居民人均可支配收入增长百分之七点三,增速连续十年快于城镇居民。",
    targets=[M("一百八十万吨", 180, "万吨", "粮食总产量", bound="min"),
             M("二十万亩", 20, "万亩", "新建高标准农田"),
             M("百分之七", 7, "%", "农村居民人均可支配收入", kind="growth")],
    actuals=[M("三十六点三亿斤", 36.3, "亿斤", "粮食总产量", period=P),
             M("二十一点五万亩", 21.5, "万亩", "新建高标准农田", period=P),
             M("百分之七点三", 7.3, "%", "农村居民人均可支配收入增长", kind="growth", period=P),
             M("十年", 10, "年", "增速快于城镇居民(duration)")],
    pairs=[("t1", ["a1"]), ("t2", ["a2"]), ("t3", ["a3"])],
    note="Chinese numerals. 三十六点三亿斤 = 18.15亿公斤 = 181.5万吨 against 一百八十万吨: 1.0083. “二十连丰” is a slogan (not annotated). 连续十年 is a duration.")

# 35 市发展改革委: target 万美元 vs actual 亿美元, class threshold 超1亿美元 (other / actual), 其中 sub-target
P = "全年"
row("市发展改革委",
    "实际使用外资力争达到9000万美元,新签约外资项目40个,其中投资总额超1亿美元项目5个。",
    "全年全市实际使用外资1.02亿美元,同比增长16.4%,首次突破1亿美元大关;新签约外资项目43个,其中投资总额超1亿美元项目4个,合同外资总额6.8亿美元。",
    targets=[M("9000万美元", 9000, "万美元", "实际使用外资"),
             M("40个", 40, "个", "新签约外资项目"),
             M("5个", 5, "个", "投资总额超1亿美元项目")],
    other=[O("1亿美元", 1, "亿美元", "class threshold (投资总额超1亿美元项目)")],
    actuals=[M("1.02亿美元", 1.02, "亿美元", "实际使用外资", period=P),
             M("16.4%", 16.4, "%", "实际使用外资同比增长", kind="growth", period=P),
             M("1亿美元", 1, "亿美元", "实际使用外资突破(milestone)", nth=0, period=P),
             M("43个", 43, "个", "新签约外资项目", period=P),
             M("1亿美元", 1, "亿美元", "投资总额超1亿美元项目(class)", nth=1),
             M("4个", 4, "个", "投资总额超1亿美元项目", period=P),
             M("6.8亿美元", 6.8, "亿美元", "合同外资总额", period=P)],
    pairs=[("t1", ["a1"]), ("t2", ["a4"]), ("t3", ["a6"])],
    note="1.02亿美元 against 9000万美元: 1.1333 (力争达到 without 以上 is exact). 1亿美元 occurs twice in the progress: a milestone (突破…大关) and the class threshold of the 其中 sub-target. 合同外资 is another measure than 实际使用外资 (would-be 7.5556).")

# 36 市发展改革委: 初步核算, share target, a 1-11月 realised growth answers the annual target
row("市发展改革委",
    "服务业增加值增长7%,服务业增加值占地区生产总值比重提高到52%,规模以上服务业企业营业收入增长10%。",
    "初步核算,全年服务业增加值2458.7亿元,增长6.3%,占地区生产总值的比重为51.2%,较上年提高0.7个百分点,其中现代服务业增加值增长8.9%;1-11月,规模以上服务业企业营业收入增长11.8%。",
    targets=[M("7%", 7, "%", "服务业增加值", kind="growth"),
             M("52%", 52, "%", "服务业增加值占地区生产总值比重"),
             M("10%", 10, "%", "规模以上服务业企业营业收入", kind="growth")],
    actuals=[M("2458.7亿元", 2458.7, "亿元", "服务业增加值", period="全年"),
             M("6.3%", 6.3, "%", "服务业增加值增长", kind="growth", period="全年"),
             M("51.2%", 51.2, "%", "服务业增加值占地区生产总值的比重", period="全年"),
             M("0.7个百分点", 0.7, "个百分点", "比重较上年提高", kind="growth", period="全年"),
             M("8.9%", 8.9, "%", "现代服务业增加值增长", kind="growth", period="全年"),
             M("11.8%", 11.8, "%", "规模以上服务业企业营业收入增长", kind="growth", period="1-11月")],
    pairs=[("t1", ["a2"]), ("t2", ["a3"]), ("t3", ["a6"])],
    note="The service-sector statistics for December come out after the report: the realised 1-11月 growth answers the annual target (1.18). 现代服务业 is a 其中 part without a target. 51.2/52 = 0.9846.")

# 37 省发展改革委: baselines 上年为…, 以内 caps, 持平 of a rate that does not answer the level cap
P = "全年"
row("省发展改革委",
    "居民消费价格涨幅控制在3%左右,城镇调查失业率控制在5.5%以内,城镇登记失业率控制在3.5%以内。",
    "全年居民消费价格上涨0.6%(上年为2.1%),其中食品价格下降1.4%;城镇调查失业率平均为5.3%,上年为5.6%;年末城镇登记失业率2.8%,与上年末持平。",
    targets=[M("3%", 3, "%", "居民消费价格涨幅", kind="growth", bound="approx"),
             M("5.5%", 5.5, "%", "城镇调查失业率", bound="max"),
             M("3.5%", 3.5, "%", "城镇登记失业率", bound="max")],
    actuals=[M("0.6%", 0.6, "%", "居民消费价格上涨", kind="growth", period=P),
             M("2.1%", 2.1, "%", "上年居民消费价格涨幅(baseline)", kind="growth"),
             M("1.4%", 1.4, "%", "食品价格下降", kind="reduction", period=P),
             M("5.3%", 5.3, "%", "城镇调查失业率平均", period=P),
             M("5.6%", 5.6, "%", "上年城镇调查失业率(baseline)"),
             M("2.8%", 2.8, "%", "城镇登记失业率", period="年末"),
             M("持平", 0, "%", "城镇登记失业率与上年末持平", kind="growth", unit_inferred=True, period="年末")],
    pairs=[("t1", ["a1"]), ("t2", ["a4"]), ("t3", ["a6"])],
    note="上年为2.1% and 上年为5.6% are last year's values (baselines), not this year's result. 0.6/3 = 0.2; 5.3/5.5 = 0.9636; 2.8/3.5 = 0.8. 与上年末持平 is a zero change of the rate and does not answer the level cap. 食品价格 is a sub-index.")

# 38 市人民政府 (过去一年): scope count, rank 第一, a target whose figure is not yet published
P = "过去一年"
row("市人民政府",
    "地表水国控断面水质优良比例达到92%,城市生活污水集中收集率提高到72%,单位地区生产总值用水量下降3%。",
    "过去一年,全市12个国控断面水质优良比例达到100%,水环境质量排名全省第一;城市生活污水集中收集率达到70.6%,较上年提高3.1个百分点;万元地区生产总值用水量下降幅度有关数据待水利部门年度核算后发布。",
    targets=[M("92%", 92, "%", "地表水国控断面水质优良比例"),
             M("72%", 72, "%", "城市生活污水集中收集率"),
             M("3%", 3, "%", "单位地区生产总值用水量", kind="reduction")],
    actuals=[M("12个", 12, "个", "国控断面(scope)", period=P),
             M("100%", 100, "%", "国控断面水质优良比例", period=P),
             M("70.6%", 70.6, "%", "城市生活污水集中收集率", period=P),
             M("3.1个百分点", 3.1, "个百分点", "收集率较上年提高", kind="growth", period=P)],
    pairs=[("t1", ["a2"]), ("t2", ["a3"])],
    note="12个 counts the monitored sections (scope). 排名全省第一 is a rank. 100/92 = 1.087; 70.6/72 = 0.9806. The water-use intensity is not yet published (待…发布): unpaired; 万元 in 万元地区生产总值用水量 is the denominator, no quantity.")

# 39 省发展改革委 (full-width digits): 分别 in the progress over two growths and two gaps with the unit shared
P = "全年"
row("省发展改革委",
    "进出口总额增长４％,其中出口增长５％,跨境电商进出口额增长２０％以上。",
    "全年全省进出口总额、出口总额分别增长２．３％和４．６％,分别比预期目标低１．７和０．４个百分点;跨境电商进出口额达到１２８６亿元,增长２６．５％。",
    targets=[M("４％", 4, "%", "进出口总额", kind="growth"),
             M("５％", 5, "%", "出口", kind="growth"),
             M("２０％", 20, "%", "跨境电商进出口额", kind="growth", bound="min")],
    actuals=[M("２．３％", 2.3, "%", "进出口总额增长", kind="growth", period=P),
             M("４．６％", 4.6, "%", "出口总额增长", kind="growth", period=P),
             M("１．７", 1.7, "个百分点", "进出口总额增速比预期目标低", period=P, unit_inferred=True),
             M("０．４个百分点", 0.4, "个百分点", "出口增速比预期目标低", period=P),
             M("１２８６亿元", 1286, "亿元", "跨境电商进出口额", period=P),
             M("２６．５％", 26.5, "%", "跨境电商进出口额增长", kind="growth", period=P)],
    pairs=[("t1", ["a1"]), ("t2", ["a2"]), ("t3", ["a6"])],
    note="Full-width digits. 分别 maps the growths and the gaps onto 进出口/出口 in order; １．７ shares 个百分点 with ０．４个百分点 (unit inferred). 2.3/4 = 0.575, 4.6/5 = 0.92, 26.5/20 = 1.325; the level １２８６亿元 does not answer the growth target.")

# 40 市发展改革委: level and growth targets of one metric, 完成预期目标的98% (share), 较上年回落, 人均 in 万元 and 万美元
P = "全年"
row("市发展改革委",
    "地区生产总值达到3600亿元、增长6.5%,人均地区生产总值突破10万元。",
    "全年实现地区生产总值3528.6亿元,按不变价格计算增长5.6%,增速较上年回落1.2个百分点,总量完成预期目标的98%;人均地区生产总值9.86万元,按年平均汇率折算约1.39万美元。",
    targets=[M("3600亿元", 3600, "亿元", "地区生产总值"),
             M("6.5%", 6.5, "%", "地区生产总值", kind="growth"),
             M("10万元", 10, "万元", "人均地区生产总值", bound="min")],
    actuals=[M("3528.6亿元", 3528.6, "亿元", "地区生产总值", period=P),
             M("5.6%", 5.6, "%", "地区生产总值按不变价格计算增长", kind="growth", period=P),
             M("1.2个百分点", 1.2, "个百分点", "增速较上年回落", kind="reduction", period=P),
             M("98%", 98, "%", "总量完成预期目标的(比例)", period=P),
             M("9.86万元", 9.86, "万元", "人均地区生产总值"),
             M("1.39万美元", 1.39, "万美元", "人均地区生产总值折合美元")],
    pairs=[("t1", ["a1"]), ("t2", ["a2"]), ("t3", ["a5"])],
    note="One metric with a level and a growth target: the level answers the level (0.9802; the report's 98% is a completion share, not the actual), the growth the growth (0.8615). 9.86/10 = 0.986; the 万美元 conversion is another currency and does not answer. 较上年回落1.2个百分点 is a change.")


probe.write(Path(__file__).with_name("probe-plan.gold.jsonl"))
