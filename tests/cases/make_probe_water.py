"""Writes probe-water.gold.jsonl: 40 rows written for this probe (not taken from any report) and
hand-annotated in the gold schema (corpus/SCHEMA.md). Each row is one line of a county's 2024
key-work progress table (重点工作推进情况表, as of the end of November) for water resources, flood
control and water environment: the task is the year's target of the 水利局 and the departments
working with it (中小河流/河道综合治理 公里, 小型病险水库除险加固 座 with 小(1)型/小(2)型 parts and
汛前主体完工, 山塘整治 座 and 清淤扩容 万立方米, 农村供水保障 万人 and 规模化供水覆盖率 %, 维修养护 处
and 水质合格率, 城乡供水一体化, 高效节水灌溉 万亩 with 喷灌/微灌 parts, 灌区改造 渠道 公里 and 渠系建筑物
座, 水土流失治理 平方公里 and 水土保持率, 生态清洁小流域 条, 堤防加固 公里 and 险工险段 处, 排涝泵站 座 and
抽排能力 立方米/秒, 污水管网 公里, 污水处理量 万吨 and 集中收集率 个百分点, 农村生活污水治理 行政村 and
运行率, 国省控断面优良率 and 水源地达标率, 用水总量 亿立方米, 万元GDP用水量 and 万元工业增加值用水量
下降, 管网漏损率, 再生水利用率, 人均日生活用水量 升, 河湖长制巡河 次 and “四乱”整改销号率, 河道保洁
吨, 幸福河湖/美丽河湖 条, 水美乡村 个, 水行政执法 件 and 可采区开采量 万吨, 节水型企业/单位/小区,
水资源税 万元 with growth, 取水口整改 and 在线计量, 小型水库安全鉴定/物业化/标准化, 雨水情测报 and
大坝安全监测 处, 山洪灾害 雨量站/水位站 个 and 预警广播 套, 水文站 and 预见期 小时, 防汛物资 万元/万条/
立方米 and 演练 场次, 水毁修复 处, 质量抽检合格率 and 安全检查 批次, 小水电整改 座 and 生态流量, 水利
投资 亿元 with growth, 专项债 and 项目库, 中型水库 前期, 水务集团 售水量/营业收入/用户 户, 培训 人次 and
招录 名). The progress is what was reported (截至11月底 / 1-11月 / 今年以来 periods, 开工 vs 主体完工 vs
完工 vs 竣工验收 stages, 今年 vs 累计 stocks, 其中 parts, 分别 lists, 各 and 均 coordination, sums of
listed parts (two reaches, two irrigation districts, 新建 + 改造, 县级 + 省级 funds, two pump
stations) answering a total, 完成年度目标的X% completion shares, restated and changed targets
(任务调整为), 上年 and 上年同期 baselines, 预计 forecasts vs 初步测算 estimates for elapsed months,
candidates (已申报, 待验收, 待审定, 待公告, 正在公示, 已提交申请) vs done, rows where a rate is stated
only in words (全部/全覆盖), elided subjects of 同比增长/较上年提高, 万人 vs 人 and 万次 vs 万人次,
per-capita rates, caps answered above and below the cap, and two rows where nothing answers).
The departments in charge are the row's owners. Five rows are in traditional characters; three use
full-width digits; several use Chinese numerals.
Checks (gold_writer.py) that every annotated string occurs (nth), that no two mentions of a column
claim the same or overlapping spans, that no mention starts inside a longer number, that every
period occurs in the progress text, computes ratios, and lists digit and numeral runs left
unannotated (dates and years 2020/2023/2024, 3月底/12月底, the class labels 小(1)型/小(2)型, the
level labels 三级/两级, the name “三个责任人”, the phase labels 二期, the grade label 一级A, and the
basis 万元 in 万元GDP/万元工业增加值用水量).
Run: cd tests/cases && python make_probe_water.py"""
from pathlib import Path

from gold_writer import M, O, ProbeSet

probe = ProbeSet("probe26")
row = probe.row


# ---------------------------------------------------------------------------------------------
# Water resources, flood control and water environment: a county's 2024 key-work table (items 1-40)
# ---------------------------------------------------------------------------------------------

# 1 中小河流治理: 今年累计 length with a completion share, 其中 main-stem part, a revetment, a remainder under construction (nth)
P = "截至11月底"
row("县水利局、县河长办、沿线各乡镇人民政府",
    "实施中小河流综合治理45公里,其中清溪河干流治理28公里,同步建设生态护岸15公里,完成年度投资1.8亿元。",
    "截至11月底,今年累计完成中小河流综合治理38.6公里,完成年度目标的85.8%,其中清溪河干流完工26.4公里;建成生态护岸16.2公里;另有白马河段6.4公里正在实施护岸砌筑和堤顶道路施工,预计12月底完工;完成投资1.52亿元。",
    targets=[M("45公里", 45, "公里", "中小河流综合治理"),
             M("28公里", 28, "公里", "清溪河干流治理"),
             M("15公里", 15, "公里", "建设生态护岸"),
             M("1.8亿元", 1.8, "亿元", "年度投资")],
    actuals=[M("38.6公里", 38.6, "公里", "今年累计完成中小河流综合治理", period=P),
             M("85.8%", 85.8, "%", "完成年度目标的(比例)", period=P),
             M("26.4公里", 26.4, "公里", "清溪河干流完工", period=P),
             M("16.2公里", 16.2, "公里", "建成生态护岸", period=P),
             M("6.4公里", 6.4, "公里", "正在施工的白马河段(forecast)", nth=1, period=P),
             M("1.52亿元", 1.52, "亿元", "完成投资", period=P)],
    pairs=[("t1", ["a1"]), ("t2", ["a3"]), ("t3", ["a4"]), ("t4", ["a6"])],
    note="今年累计 is this year's total: 38.6/45 = 0.8578 (the stated 85.8% is a share and does not pair with the length target). The main stem 26.4/28 = 0.9429 is a part of it. Revetment 16.2/15 = 1.08. The 6.4公里 still under construction are only expected by 12月底 (would-be sum with 38.6: 1.0). 1.52/1.8 = 0.8444. '6.4公里' nth 0 lies inside '26.4公里'.")

# 2 病险水库: restated count all started, 汛前主体 answered, 完工 with 小(1)型/小(2)型 parts, acceptance a later stage, 2座 in construction (nth)
P = "截至11月底"
row("县水利局、县水库管理服务中心",
    "完成小型病险水库除险加固12座,其中小(1)型水库3座、小(2)型水库9座,汛前完成主体工程8座以上。",
    "12座水库已于3月底前全部开工,汛前完成主体工程9座;截至11月底,已完工10座,其中小(1)型3座、小(2)型7座,已通过竣工验收6座,其余4座待验收;2座正在进行坝体防渗施工,预计12月底完工。累计完成投资3860万元。",
    targets=[M("12座", 12, "座", "小型病险水库除险加固"),
             M("3座", 3, "座", "小(1)型水库除险加固"),
             M("9座", 9, "座", "小(2)型水库除险加固"),
             M("8座", 8, "座", "汛前完成主体工程", bound="min")],
    actuals=[M("12座", 12, "座", "已全部开工水库(scope, restated)"),
             M("9座", 9, "座", "汛前完成主体工程"),
             M("10座", 10, "座", "已完工水库", period=P),
             M("3座", 3, "座", "已完工小(1)型水库", period=P),
             M("7座", 7, "座", "已完工小(2)型水库", period=P),
             M("6座", 6, "座", "通过竣工验收水库", period=P),
             M("4座", 4, "座", "完工待验收水库", period=P),
             M("2座", 2, "座", "正在施工水库(forecast)", nth=1, period=P),
             M("3860万元", 3860, "万元", "累计完成投资")],
    pairs=[("t1", ["a3"]), ("t2", ["a4"]), ("t3", ["a5"]), ("t4", ["a2"])],
    note="12座 in the progress restates the scope (all started). 除险加固 is works to finish: the 10 completed answer (0.8333), acceptance (6座, would-be 0.5) is a later stage and the 4 awaiting it are already among the completed; the 2 in construction are expected by 12月底 (would-be sum 1.0). Parts: 小(1)型 3/3 = 1.0, 小(2)型 7/9 = 0.7778. 汛前主体 9/8 = 1.125. 小(1)型/小(2)型 are class labels; '2座' nth 0 lies inside '12座'. The investment has no target.")

# 3 山塘整治 (Chinese numerals): counts answered, the rest tendered, 万立方米 amounts, an approx bound
P = "今年以来"
row("县水利局、各乡镇人民政府",
    "完成山塘综合整治一百二十座,清淤扩容二十万立方米,新增蓄水能力三十万立方米左右。",
    "今年以来,全县完成山塘综合整治一百零八座,其余十二座已完成招标,正在进场施工;累计清淤扩容18.6万立方米,新增蓄水能力约26万立方米,完成投资2180万元。",
    targets=[M("一百二十座", 120, "座", "山塘综合整治"),
             M("二十万立方米", 20, "万立方米", "清淤扩容"),
             M("三十万立方米", 30, "万立方米", "新增蓄水能力", bound="approx")],
    actuals=[M("一百零八座", 108, "座", "完成山塘综合整治", period=P),
             M("十二座", 12, "座", "已完成招标、进场施工的山塘", period=P),
             M("18.6万立方米", 18.6, "万立方米", "累计清淤扩容", period=P),
             M("26万立方米", 26, "万立方米", "新增蓄水能力", period=P),
             M("2180万元", 2180, "万元", "完成投资", period=P)],
    pairs=[("t1", ["a1"]), ("t2", ["a3"]), ("t3", ["a4"])],
    note="Chinese numerals. 108/120 = 0.9; the 12 only tendered and entering the site do not count (would-be sum 1.0). 18.6/20 = 0.93 (累计 within the year, under 今年以来). 26/30 = 0.8667 against an approx target; 约 on an actual is not a bound. The investment has no target.")

# 4 农村供水保障: people answered, works counted without target, a coverage share with a 个百分点 rise, a rate just under
P = "截至11月底"
row("县水利局、县水务集团、县财政局",
    "实施农村供水保障工程,新增和改善农村供水人口3.5万人,农村规模化供水工程覆盖人口比例达到85%以上,农村自来水普及率提高到98%。",
    "截至11月底,完成城乡供水管网延伸工程7处、单村供水工程提升改造23处,新增和改善农村供水人口3.82万人;全县农村规模化供水工程覆盖人口比例86.4%,较上年提高5.1个百分点;农村自来水普及率97.6%。",
    targets=[M("3.5万人", 3.5, "万人", "新增和改善农村供水人口"),
             M("85%", 85, "%", "农村规模化供水工程覆盖人口比例", bound="min"),
             M("98%", 98, "%", "农村自来水普及率")],
    actuals=[M("7处", 7, "处", "完成城乡供水管网延伸工程", period=P),
             M("23处", 23, "处", "单村供水工程提升改造", period=P),
             M("3.82万人", 3.82, "万人", "新增和改善农村供水人口", period=P),
             M("86.4%", 86.4, "%", "农村规模化供水工程覆盖人口比例", period=P),
             M("5.1个百分点", 5.1, "个百分点", "覆盖人口比例较上年提高", kind="growth", period=P),
             M("97.6%", 97.6, "%", "农村自来水普及率", period=P)],
    pairs=[("t1", ["a3"]), ("t2", ["a4"]), ("t3", ["a6"])],
    note="3.82/3.5 = 1.0914; 86.4/85 = 1.0165; 97.6/98 = 0.9959 (just short). The works (7处, 23处) have no target; the rise of 5.1个百分点 has no growth target.")

# 5 高效节水灌溉: 其中 喷灌、微灌 target met by the sum of two listed parts, a tendered remainder, an estimate of savings
P = "今年"
row("县农业农村局、县水利局",
    "新建高效节水灌溉面积2.5万亩,其中喷灌、微灌面积1万亩,年新增节水能力300万立方米。",
    "今年已建成高效节水灌溉面积2.16万亩,其中管道输水灌溉1.32万亩、喷灌0.48万亩、微灌0.36万亩;另有0.6万亩已完成招标待开工,预计明年3月底前建成。经测算,已建成工程年可节水约270万立方米。",
    targets=[M("2.5万亩", 2.5, "万亩", "新建高效节水灌溉面积"),
             M("1万亩", 1, "万亩", "喷灌、微灌面积"),
             M("300万立方米", 300, "万立方米", "年新增节水能力")],
    actuals=[M("2.16万亩", 2.16, "万亩", "已建成高效节水灌溉面积", period=P),
             M("1.32万亩", 1.32, "万亩", "管道输水灌溉", period=P),
             M("0.48万亩", 0.48, "万亩", "喷灌", period=P),
             M("0.36万亩", 0.36, "万亩", "微灌", period=P),
             M("0.6万亩", 0.6, "万亩", "已招标待开工面积(forecast)"),
             M("270万立方米", 270, "万立方米", "已建成工程年节水能力")],
    pairs=[("t1", ["a1"]), ("t2", ["a3", "a4"]), ("t3", ["a6"])],
    note="2.16/2.5 = 0.864; the 0.6万亩 only tendered and expected by 明年3月底 do not count (would-be sum 1.104). The 喷灌、微灌 sub-target is met by the sum of its two listed parts, 0.48 + 0.36 = 0.84万亩 (combine sum, 0.84); 管道输水灌溉 is another kind. The tested saving 270/300 = 0.9 (约 on an actual is not a bound).")

# 6 水土流失治理: area with two 其中 parts, a rate estimate with a rise, a watershed awaiting acceptance
P = "截至11月底"
row("县水利局、县林业局、县农业农村局",
    "完成水土流失综合治理面积36平方公里,水土保持率达到91.5%,建设生态清洁小流域3条。",
    "截至11月底,完成水土流失综合治理32.8平方公里,其中国家水土保持重点工程治理18.5平方公里、坡耕地整治及经果林配套14.3平方公里;经初步测算,全县水土保持率91.62%,较上年提高0.27个百分点;生态清洁小流域建成2条,另有1条已完成主体工程,待县级验收。",
    targets=[M("36平方公里", 36, "平方公里", "水土流失综合治理面积"),
             M("91.5%", 91.5, "%", "水土保持率"),
             M("3条", 3, "条", "建设生态清洁小流域")],
    actuals=[M("32.8平方公里", 32.8, "平方公里", "完成水土流失综合治理", period=P),
             M("18.5平方公里", 18.5, "平方公里", "国家水土保持重点工程治理", period=P),
             M("14.3平方公里", 14.3, "平方公里", "坡耕地整治及经果林配套", period=P),
             M("91.62%", 91.62, "%", "水土保持率(初步测算)", period=P),
             M("0.27个百分点", 0.27, "个百分点", "水土保持率较上年提高", kind="growth", period=P),
             M("2条", 2, "条", "建成生态清洁小流域", period=P),
             M("1条", 1, "条", "完成主体工程待验收小流域(candidate)", period=P)],
    pairs=[("t1", ["a1"]), ("t2", ["a4"]), ("t3", ["a6"])],
    note="32.8/36 = 0.9111 (18.5 + 14.3 are its parts, not added again). The preliminary estimate answers: 91.62/91.5 = 1.0013; the 0.27个百分点 rise has no growth target. 2/3 = 0.6667; the one with only the main works done awaiting acceptance does not count (would-be sum 1.0).")

# 7 堤防加固 (traditional): a changed target (ratio kept against the original), two reaches as parts, a pump-station count with a capacity spec
P = "截至11月底"
row("縣水利局、縣城投公司、沿線各鄉鎮人民政府",
    "加固提升江河堤防18公里,完成重點險工險段整治6處,新建排澇泵站2座、總裝機容量1200千瓦。",
    "因沙河右岸段納入省級流域治理項目統一實施,堤防加固年度任務調整為15公里。截至11月底,完成堤防加固提升15.2公里,其中清溪河左岸8.6公里、白馬河右岸6.6公里;6處險工險段已全部完成整治;新建排澇泵站已建成投運1座(東灣泵站,裝機640千瓦),西灣泵站完成土建,機組正在安裝,預計12月中旬試運行。",
    targets=[M("18公里", 18, "公里", "加固提升江河堤防"),
             M("6處", 6, "處", "重點險工險段整治"),
             M("2座", 2, "座", "新建排澇泵站")],
    other=[O("1200千瓦", 1200, "千瓦", "specification (總裝機容量 of the two pump stations)")],
    actuals=[M("15公里", 15, "公里", "調整後堤防加固年度任務(changed target)"),
             M("15.2公里", 15.2, "公里", "完成堤防加固提升", period=P),
             M("8.6公里", 8.6, "公里", "清溪河左岸堤防加固", period=P),
             M("6.6公里", 6.6, "公里", "白馬河右岸堤防加固", period=P),
             M("6處", 6, "處", "完成整治險工險段", period=P),
             M("1座", 1, "座", "已建成投運排澇泵站", period=P),
             M("640千瓦", 640, "千瓦", "東灣泵站裝機容量(specification)")],
    pairs=[("t1", ["a2"]), ("t2", ["a5"]), ("t3", ["a6"])],
    note="Traditional characters. The target was changed to 15公里; the ratio is kept against the original 18公里: 15.2/18 = 0.8444 (against the changed target 1.0133). 8.6 + 6.6 are its parts. 6/6 = 1.0. One pump station of two is in operation: 1/2 = 0.5; 西灣 is still being fitted (would-be 1.0). The capacity 640千瓦 is the built station's specification (would-be 0.5333 against the 1200千瓦 design total, itself a specification).")

# 8 污水管网: 新建 + 改造 summed for the combined target, the 其中 雨污分流 part, a capacity still commissioning, a 个百分点 growth target
P = "截至11月底"
row("县住房城乡建设局、县水务集团",
    "新建改造城镇污水管网25公里,其中雨污分流改造12公里;新增污水处理能力1万吨/日,城镇生活污水集中收集率提高3个百分点。",
    "截至11月底,新建污水管网14.6公里、改造老旧管网7.9公里,其中实施雨污分流改造10.3公里;县城第二污水处理厂扩建工程(1万吨/日)已完成设备安装,正在进行调试,预计12月底通水运行;城镇生活污水集中收集率68.5%,较上年提高2.4个百分点。",
    targets=[M("25公里", 25, "公里", "新建改造城镇污水管网"),
             M("12公里", 12, "公里", "雨污分流改造"),
             M("1万吨/日", 1, "万吨/日", "新增污水处理能力"),
             M("3个百分点", 3, "个百分点", "城镇生活污水集中收集率提高", kind="growth")],
    actuals=[M("14.6公里", 14.6, "公里", "新建污水管网", period=P),
             M("7.9公里", 7.9, "公里", "改造老旧管网", period=P),
             M("10.3公里", 10.3, "公里", "实施雨污分流改造", period=P),
             M("1万吨/日", 1, "万吨/日", "扩建工程处理规模(specification)"),
             M("68.5%", 68.5, "%", "城镇生活污水集中收集率", period=P),
             M("2.4个百分点", 2.4, "个百分点", "集中收集率较上年提高", kind="growth", period=P)],
    pairs=[("t1", ["a1", "a2"]), ("t2", ["a3"]), ("t4", ["a6"])],
    note="新建改造 is one combined target, met by 14.6 + 7.9 = 22.5公里 (combine sum, 0.9); 雨污分流 10.3/12 = 0.8583 is a part. The 1万吨/日 expansion is still being commissioned (预计12月底通水): the capacity target is unpaired (would-be 1.0); 1万吨/日 in the progress is the project's specification. The rise 2.4/3 = 0.8 answers the 个百分点 target; the level 68.5% has no level target. 第二 is an ordinal.")

# 9 断面水质: a rate below target with its fall, scope counts, 均为100% for two sources, 劣V类 stated without a number
P = "1-10月"
row("市生态环境局县分局、县水利局、县河长办",
    "国、省控断面水质优良率达到100%,县级以上集中式饮用水水源地水质达标率保持100%,全面消除劣V类水体。",
    "1-10月,全县5个国、省控断面中4个水质达到或优于Ⅲ类,优良率80%,较上年同期下降20个百分点,主要是白马河出境断面受7月强降雨影响总磷超标;2个县级集中式饮用水水源地水质达标率均为100%;全县未发现劣V类水体。",
    targets=[M("100%", 100, "%", "国、省控断面水质优良率", nth=0),
             M("100%", 100, "%", "集中式饮用水水源地水质达标率", nth=1)],
    actuals=[M("5个", 5, "个", "国、省控断面(scope)", period=P),
             M("4个", 4, "个", "水质达到或优于Ⅲ类断面", period=P),
             M("80%", 80, "%", "断面水质优良率", period=P),
             M("20个百分点", 20, "个百分点", "优良率较上年同期下降", kind="reduction", period=P),
             M("2个", 2, "个", "县级集中式饮用水水源地(scope)", period=P),
             M("100%", 100, "%", "水源地水质达标率(均)", period=P)],
    pairs=[("t1", ["a3"]), ("t2", ["a6"])],
    note="80/100 = 0.8 (4 of 5 sections, one failing on total phosphorus after the 7月 rain); the fall of 20个百分点 is a change. 均为100% covers both sources: 1.0. 消除劣V类 has no number (a target only in words), and 未发现 answers it only in words. Ⅲ类/V类 are class labels.")

# 10 用水总量与强度: a YTD estimate under the cap vs a full-year forecast, two reductions (cumulative since 2020, 同比)
P = "1-11月"
row("县水利局、县统计局、县发展改革局",
    "全县用水总量控制在2.15亿立方米以内,万元GDP用水量较2020年下降16%,万元工业增加值用水量下降3%以上。",
    "经用水统计调查初步测算,1-11月全县用水总量1.86亿立方米,预计全年2.03亿立方米,控制在年度指标以内;万元GDP用水量较2020年累计下降15.2%,万元工业增加值用水量同比下降3.6%。",
    targets=[M("2.15亿立方米", 2.15, "亿立方米", "全县用水总量", bound="max"),
             M("16%", 16, "%", "万元GDP用水量(较2020年)", kind="reduction"),
             M("3%", 3, "%", "万元工业增加值用水量", kind="reduction", bound="min")],
    actuals=[M("1.86亿立方米", 1.86, "亿立方米", "全县用水总量(初步测算)", period=P),
             M("2.03亿立方米", 2.03, "亿立方米", "预计全年用水总量(forecast)", period="全年"),
             M("15.2%", 15.2, "%", "万元GDP用水量较2020年累计下降", kind="reduction", period=P),
             M("3.6%", 3.6, "%", "万元工业增加值用水量同比下降", kind="reduction", period=P)],
    pairs=[("t1", ["a1"]), ("t2", ["a3"]), ("t3", ["a4"])],
    note="The estimate for the elapsed eleven months answers the annual cap: 1.86/2.15 = 0.8651 (under the cap); the full-year 2.03亿立方米 is a forecast (would-be 0.9442). Reductions pair with reductions: 15.2/16 = 0.95 (both against 2020), 3.6/3 = 1.2. 万元 in 万元GDP/万元工业增加值 is the basis of the rate, not a quantity; 2020 is a year.")

# 11 河湖长制: 万人次 answering 万次, a per-quarter duty stated only in words, a 销号率 below 100%
P = "截至11月底"
row("县河长办、县水利局、各乡镇人民政府",
    "全面落实河湖长制,县、乡、村三级河湖长年度巡河不少于1.2万次,县级河湖长每季度巡河不少于1次,河湖“四乱”问题整改销号率达到100%。",
    "截至11月底,全县各级河湖长累计巡河1.38万人次,其中县级河湖长巡河86人次,县级河湖长均按季度完成巡河任务;排查发现河湖“四乱”问题57个,已整改销号54个,销号率94.7%,其余3个正在整改。",
    targets=[M("1.2万次", 1.2, "万次", "三级河湖长年度巡河", bound="min"),
             M("1次", 1, "次", "县级河湖长每季度巡河", bound="min"),
             M("100%", 100, "%", "河湖“四乱”问题整改销号率")],
    actuals=[M("1.38万人次", 1.38, "万人次", "各级河湖长累计巡河", period=P),
             M("86人次", 86, "人次", "县级河湖长巡河", period=P),
             M("57个", 57, "个", "排查发现“四乱”问题", period=P),
             M("54个", 54, "个", "已整改销号“四乱”问题", period=P),
             M("94.7%", 94.7, "%", "“四乱”问题销号率", period=P),
             M("3个", 3, "个", "正在整改“四乱”问题", period=P)],
    pairs=[("t1", ["a1"]), ("t3", ["a5"])],
    note="万人次 counts the same patrols as 万次: 1.38/1.2 = 1.15. The per-quarter duty is reported only in words (均按季度完成); 86人次 is the total of all county chiefs, another measure, so t2 is unpaired (would-be 1.0). 94.7/100 = 0.947; 54/57 are its numerator and denominator. 三级 is a level label, “四乱” a name.")

# 12 水利投资: YTD amount and elided-subject growth, a completion share, 其中 central + provincial parts, a pending bond allocation
P = "1-11月"
row("县水利局、县发展改革局、县财政局",
    "全年完成水利建设投资12亿元以上,同比增长10%;争取中央和省级水利资金3亿元左右。",
    "1-11月,全县完成水利建设投资10.86亿元,同比增长8.7%,完成年度目标的90.5%;争取上级水利资金3.42亿元,其中中央资金1.95亿元、省级资金1.47亿元;另有增发国债水利项目2个、资金1.2亿元已申报,待国家发展改革委审核下达。",
    targets=[M("12亿元", 12, "亿元", "水利建设投资", bound="min"),
             M("10%", 10, "%", "水利建设投资增长", kind="growth"),
             M("3亿元", 3, "亿元", "争取中央和省级水利资金", bound="approx")],
    actuals=[M("10.86亿元", 10.86, "亿元", "完成水利建设投资", period=P),
             M("8.7%", 8.7, "%", "水利建设投资同比增长", kind="growth", period=P),
             M("90.5%", 90.5, "%", "完成年度目标的(比例)", period=P),
             M("3.42亿元", 3.42, "亿元", "争取上级水利资金", period=P),
             M("1.95亿元", 1.95, "亿元", "中央资金", period=P),
             M("1.47亿元", 1.47, "亿元", "省级资金", period=P),
             M("2个", 2, "个", "已申报增发国债水利项目(candidates)", period=P),
             M("1.2亿元", 1.2, "亿元", "已申报增发国债资金(candidate)", period=P)],
    pairs=[("t1", ["a1"]), ("t2", ["a2"]), ("t3", ["a4"])],
    note="10.86/12 = 0.905 (the stated 90.5% is a share, not paired). 同比增长8.7% elides its subject (the investment): 8.7/10 = 0.87. 3.42/3 = 1.14; 1.95 + 1.47 are its parts. The 1.2亿元 of bond funds only applied for (已申报) are a candidate (would-be sum 1.54).")

# 13 农村供水维修养护 (full-width digits): 处 answered, a sampled pass rate with numerator and denominator, 人 answering 万人
P = "截至１１月底"
row("县水利局、县疾病预防控制中心、各乡镇人民政府",
    "完成农村供水工程维修养护１５０处,农村供水水质检测合格率达到９０％以上,解决季节性缺水人口０．８万人。",
    "截至１１月底,已完成农村供水工程维修养护１６２处,落实维修养护资金４８６万元;县疾控中心抽检农村供水工程水样４２０份,合格３８６份,合格率９１．９％;通过管网延伸、新建蓄水池等措施解决季节性缺水问题,惠及群众６８００人。",
    targets=[M("１５０处", 150, "处", "农村供水工程维修养护"),
             M("９０％", 90, "%", "农村供水水质检测合格率", bound="min"),
             M("０．８万人", 0.8, "万人", "解决季节性缺水人口")],
    actuals=[M("１６２处", 162, "处", "完成农村供水工程维修养护", period=P),
             M("４８６万元", 486, "万元", "落实维修养护资金", period=P),
             M("４２０份", 420, "份", "抽检水样", period=P),
             M("３８６份", 386, "份", "合格水样", period=P),
             M("９１．９％", 91.9, "%", "水质检测合格率", period=P),
             M("６８００人", 6800, "人", "解决季节性缺水惠及群众", period=P)],
    pairs=[("t1", ["a1"]), ("t2", ["a5"]), ("t3", ["a6"])],
    note="Full-width digits. 162/150 = 1.08. 91.9/90 = 1.0211; 386/420 are its numerator and denominator. ６８００人 against ０．８万人 after converting 万: 0.85. The money has no target.")

# 14 规模化供水: a count of works stated only by name, people served with a forecast, a coverage rate with last year's baseline
row("县水利局、县水务集团",
    "建成规模化供水工程2处,新增规模化供水受益人口5万人,城乡供水一体化覆盖率达到75%。",
    "2处规模化供水工程中,城北水厂二期(日供水能力3万吨)已于9月建成通水,南部片区工程完成输配水管网铺设48公里,水厂主体仍在施工;新增规模化供水受益人口3.6万人,预计南部片区工程明年6月通水后可再覆盖2.1万人;全县城乡供水一体化覆盖率72.3%,上年为66.8%。",
    targets=[M("2处", 2, "处", "建成规模化供水工程"),
             M("5万人", 5, "万人", "新增规模化供水受益人口"),
             M("75%", 75, "%", "城乡供水一体化覆盖率")],
    actuals=[M("2处", 2, "处", "规模化供水工程(scope, restated)"),
             M("3万吨", 3, "万吨", "城北水厂二期日供水能力(specification)"),
             M("48公里", 48, "公里", "南部片区输配水管网铺设"),
             M("3.6万人", 3.6, "万人", "新增规模化供水受益人口"),
             M("2.1万人", 2.1, "万人", "预计明年再覆盖人口(forecast)"),
             M("72.3%", 72.3, "%", "城乡供水一体化覆盖率"),
             M("66.8%", 66.8, "%", "上年城乡供水一体化覆盖率(baseline)")],
    pairs=[("t2", ["a4"]), ("t3", ["a6"])],
    note="2处 in the progress restates the scope; one work (城北水厂二期) is named as completed but not counted with a number, the other is still under construction: t1 is unpaired (would-be 0.5). 3.6/5 = 0.72; the 2.1万人 expected after 明年6月 are a forecast (would-be sum 1.14). 72.3/75 = 0.964; 66.8% is last year's baseline (would-be 0.8907). 二期 is a phase label; 9月 a date.")

# 15 灌区改造: two districts in a 分别 list summed, 渠系建筑物 and area answered, a remainder put off
row("县水利局、青山灌区管理所、白龙灌区管理所",
    "实施大中型灌区续建配套与现代化改造,改造渠道65公里、渠系建筑物320座,恢复和改善灌溉面积8万亩。",
    "青山灌区、白龙灌区分别完成渠道改造38.4公里、21.2公里,共完成渠系建筑物改造286座,恢复和改善灌溉面积7.4万亩,累计完成投资6120万元;剩余渠段5.4公里因秋收推迟至冬闲时节施工。",
    targets=[M("65公里", 65, "公里", "改造渠道"),
             M("320座", 320, "座", "改造渠系建筑物"),
             M("8万亩", 8, "万亩", "恢复和改善灌溉面积")],
    actuals=[M("38.4公里", 38.4, "公里", "青山灌区完成渠道改造"),
             M("21.2公里", 21.2, "公里", "白龙灌区完成渠道改造"),
             M("286座", 286, "座", "完成渠系建筑物改造"),
             M("7.4万亩", 7.4, "万亩", "恢复和改善灌溉面积"),
             M("6120万元", 6120, "万元", "累计完成投资"),
             M("5.4公里", 5.4, "公里", "推迟施工的剩余渠段")],
    pairs=[("t1", ["a1", "a2"]), ("t2", ["a3"]), ("t3", ["a4"])],
    note="Only per-district lengths are given: 38.4 + 21.2 = 59.6公里 against 65公里 (combine sum, 0.9169); the remaining 5.4公里 are put off to winter (would-be sum 1.0). 286/320 = 0.8938; 7.4/8 = 0.925. The investment has no target.")

# 16 小型水库安全: appraisals issued vs reports awaiting review, a 分别 pair of facility counts, a training rate; “三个责任人” is a name
row("县水利局、县水库管理服务中心",
    "完成到期小型水库安全鉴定36座,新建小型水库雨水情测报设施45处、大坝安全监测设施30处,小型水库“三个责任人”培训覆盖率达到100%。",
    "36座到期水库已完成现场安全检测和鉴定报告编制,其中31座通过专家审查并印发鉴定结论,5座鉴定报告待审定;雨水情测报设施、大坝安全监测设施分别建成45处、26处,已全部接入省小型水库运行管理平台;组织“三个责任人”集中培训2期、培训312人次,培训覆盖率100%。",
    targets=[M("36座", 36, "座", "到期小型水库安全鉴定"),
             M("45处", 45, "处", "新建雨水情测报设施"),
             M("30处", 30, "处", "新建大坝安全监测设施"),
             M("100%", 100, "%", "“三个责任人”培训覆盖率")],
    actuals=[M("36座", 36, "座", "完成检测和报告编制的到期水库(scope, restated)"),
             M("31座", 31, "座", "印发鉴定结论水库"),
             M("5座", 5, "座", "鉴定报告待审定水库(candidates)"),
             M("45处", 45, "处", "建成雨水情测报设施"),
             M("26处", 26, "处", "建成大坝安全监测设施"),
             M("2期", 2, "期", "集中培训期数"),
             M("312人次", 312, "人次", "“三个责任人”培训"),
             M("100%", 100, "%", "培训覆盖率")],
    pairs=[("t1", ["a2"]), ("t2", ["a4"]), ("t3", ["a5"]), ("t4", ["a8"])],
    note="An appraisal is complete when its conclusion is issued: 31/36 = 0.8611; the 5 reports awaiting review do not count (would-be sum 1.0); 36座 restates the scope. 分别 maps 45处 to 雨水情测报 (1.0) and 26处 to 大坝安全监测 (0.8667). 100/100 = 1.0; sessions and 人次 have no target. “三个责任人” is a name, not a count.")

# 17 防汛物资与演练: a value floor, two 其中 items, drills and trainees; items and people without target
row("县应急管理局、县水利局、县防汛抗旱指挥部办公室",
    "储备防汛物资价值不低于800万元,其中编织袋20万条、砂石料5000立方米;开展防汛应急演练不少于15场次,培训基层抢险队员1200人次。",
    "县级防汛物资仓库储备物资折合价值826万元,储备编织袋22.5万条、块石砂石料4200立方米、冲锋舟12艘、救生衣3500件;汛前组织县、乡两级开展防汛应急演练18场次,参演人员2600人次;培训基层抢险队员1150人次。",
    targets=[M("800万元", 800, "万元", "储备防汛物资价值", bound="min"),
             M("20万条", 20, "万条", "储备编织袋"),
             M("5000立方米", 5000, "立方米", "储备砂石料"),
             M("15场次", 15, "场次", "防汛应急演练", bound="min"),
             M("1200人次", 1200, "人次", "培训基层抢险队员")],
    actuals=[M("826万元", 826, "万元", "储备物资折合价值"),
             M("22.5万条", 22.5, "万条", "储备编织袋"),
             M("4200立方米", 4200, "立方米", "储备块石砂石料"),
             M("12艘", 12, "艘", "储备冲锋舟"),
             M("3500件", 3500, "件", "储备救生衣"),
             M("18场次", 18, "场次", "防汛应急演练"),
             M("2600人次", 2600, "人次", "演练参演人员"),
             M("1150人次", 1150, "人次", "培训基层抢险队员")],
    pairs=[("t1", ["a1"]), ("t2", ["a2"]), ("t3", ["a3"]), ("t4", ["a6"]), ("t5", ["a8"])],
    note="826/800 = 1.0325; 22.5/20 = 1.125; 4200/5000 = 0.84 (short of the sand and stone reserve); 18/15 = 1.2; 1150/1200 = 0.9583. Boats, life jackets and drill participants have no target. 两级 is a level label; 汛前 is a time, not a reporting period.")

# 18 山洪災害防治 (traditional): stations built vs re-approval (nth inside 42個), broadcasts over target, a drill coverage only in words
row("縣水利局、縣應急管理局、相關鄉鎮人民政府",
    "實施山洪災害防治項目,新建改造自動雨量站25個、水位站10個,更新預警廣播180套,山洪災害危險區轉移避險演練覆蓋率100%。",
    "已新建改造自動雨量站25個、水位站8個,另2個水位站因選址調整正在重新報批;更新預警廣播196套,並全部接入縣級山洪災害監測預警平台;今年汛前組織危險區所在的42個行政村開展轉移避險演練,實現全覆蓋,參演群眾3860人次。",
    targets=[M("25個", 25, "個", "新建改造自動雨量站"),
             M("10個", 10, "個", "新建改造水位站"),
             M("180套", 180, "套", "更新預警廣播"),
             M("100%", 100, "%", "危險區轉移避險演練覆蓋率")],
    actuals=[M("25個", 25, "個", "新建改造自動雨量站"),
             M("8個", 8, "個", "新建改造水位站"),
             M("2個", 2, "個", "重新報批水位站", nth=0),
             M("196套", 196, "套", "更新預警廣播"),
             M("42個", 42, "個", "危險區所在行政村(scope)", period="今年"),
             M("3860人次", 3860, "人次", "參演群眾", period="今年")],
    pairs=[("t1", ["a1"]), ("t2", ["a2"]), ("t3", ["a4"])],
    note="Traditional characters. 25/25 = 1.0; 8/10 = 0.8, the 2 being re-approved are not built; 196/180 = 1.0889. The drill coverage is reported only in words (實現全覆蓋 of the 42 villages): t4 is unpaired (would-be 1.0). '2個' nth 1 lies inside '42個'.")

# 19 农村生活污水: 今年新增 villages vs candidates awaiting acceptance vs the stock (nth inside 186个), a rate with its rise, an operation rate
row("县生态环境局、县农业农村局、县住房城乡建设局、各乡镇人民政府",
    "新增完成农村生活污水治理行政村28个,农村生活污水治理率达到45%以上,已建设施正常运行率不低于90%。",
    "今年新增完成治理行政村24个,另有6个行政村设施已建成待验收,全县累计完成治理行政村186个,治理率43.8%,较上年提高5.6个百分点;对已建成的1126处农村生活污水处理设施开展运行排查,正常运行率92.3%,其余设施已列入整改清单。",
    targets=[M("28个", 28, "个", "新增完成农村生活污水治理行政村"),
             M("45%", 45, "%", "农村生活污水治理率", bound="min"),
             M("90%", 90, "%", "已建设施正常运行率", bound="min")],
    actuals=[M("24个", 24, "个", "今年新增完成治理行政村", period="今年"),
             M("6个", 6, "个", "设施已建成待验收行政村(candidates)", nth=0),
             M("186个", 186, "个", "累计完成治理行政村(stock)"),
             M("43.8%", 43.8, "%", "农村生活污水治理率"),
             M("5.6个百分点", 5.6, "个百分点", "治理率较上年提高", kind="growth"),
             M("1126处", 1126, "处", "已建成农村生活污水处理设施(scope)"),
             M("92.3%", 92.3, "%", "设施正常运行率")],
    pairs=[("t1", ["a1"]), ("t2", ["a4"]), ("t3", ["a7"])],
    note="This year's 24 villages answer: 24/28 = 0.8571; the 6 awaiting acceptance do not count (would-be sum 1.0714); the stock 186个 does not answer (would-be 6.6429). 43.8/45 = 0.9733 (the 5.6个百分点 rise has no growth target). 92.3/90 = 1.0256. '6个' nth 1 lies inside '186个'.")

# 20 污水处理: YTD volume answers the year's amount, daily mean and load rate beside it, a disposal rate; 一级A is a grade label
P = "1-11月"
row("县住房城乡建设局、县水务集团",
    "城镇污水处理厂(站)全年处理污水1800万吨,出水水质稳定达到一级A排放标准,污泥无害化处置率达到95%以上。",
    "1-11月,县城污水处理厂和5个乡镇污水处理站累计处理污水1642万吨,日均处理4.92万吨,平均负荷率82%;出水水质稳定达到一级A排放标准;产生污泥1.36万吨(含水率80%),全部进行无害化处置,处置率100%。",
    targets=[M("1800万吨", 1800, "万吨", "城镇污水处理厂(站)处理污水"),
             M("95%", 95, "%", "污泥无害化处置率", bound="min")],
    actuals=[M("5个", 5, "个", "乡镇污水处理站(scope)"),
             M("1642万吨", 1642, "万吨", "累计处理污水", period=P),
             M("4.92万吨", 4.92, "万吨", "日均处理污水", period=P),
             M("82%", 82, "%", "平均负荷率", period=P),
             M("1.36万吨", 1.36, "万吨", "产生污泥", period=P),
             M("80%", 80, "%", "污泥含水率(specification)"),
             M("100%", 100, "%", "污泥无害化处置率", period=P)],
    pairs=[("t1", ["a2"]), ("t2", ["a7"])],
    note="The eleven-month volume answers the year's amount as progress so far: 1642/1800 = 0.9122. 100/95 = 1.0526. The daily mean, the load rate and the sludge amount have no target; 含水率80% is a specification of the sludge. 一级A is a grade label stated in both columns without a number.")

# 21 幸福河湖: two rivers awaiting naming (candidates), 今年 vs 累计 美丽河湖, a length over target
row("县水利局、县河长办",
    "创建省级幸福河湖2条,建设县级美丽河湖5条,完成河湖岸线生态修复20公里。",
    "清溪河、沙河2条省级幸福河湖已完成建设任务,于10月通过省级验收评估,待省水利厅年底统一命名;今年建成县级美丽河湖6条,累计建成24条;完成河湖岸线生态修复22.5公里,种植水生植物3.2万平方米。",
    targets=[M("2条", 2, "条", "创建省级幸福河湖"),
             M("5条", 5, "条", "建设县级美丽河湖"),
             M("20公里", 20, "公里", "河湖岸线生态修复")],
    actuals=[M("2条", 2, "条", "待命名省级幸福河湖(candidates)"),
             M("6条", 6, "条", "今年建成县级美丽河湖", period="今年"),
             M("24条", 24, "条", "累计建成县级美丽河湖(stock)"),
             M("22.5公里", 22.5, "公里", "完成河湖岸线生态修复"),
             M("3.2万平方米", 3.2, "万平方米", "种植水生植物")],
    pairs=[("t2", ["a2"]), ("t3", ["a4"])],
    note="创建 a provincial 幸福河湖 is recognised on naming: the 2 rivers have passed the evaluation but await naming, so t1 is unpaired (would-be 1.0). This year's 6/5 = 1.2; the stock 24条 does not answer (would-be 4.8). 22.5/20 = 1.125; the planting area has no target. 10月 is a date.")

# 22 水美乡村 (Chinese numerals): 点 decimals in Chinese, one village still under construction, 亩 and 座 without target
row("县水利局、县农业农村局、相关乡镇人民政府",
    "实施水系连通及水美乡村建设试点县项目,完成河道清淤疏浚三十公里,建成水美乡村十个,新建亲水步道八公里。",
    "试点项目已完成河道清淤疏浚二十八点五公里,建成水美乡村九个,另一个因征地问题滞后,正在抓紧施工;亲水步道八公里已全部完工,新建堰坝十二座、生态护岸六点三公里,新增水域面积一百二十亩。",
    targets=[M("三十公里", 30, "公里", "河道清淤疏浚"),
             M("十个", 10, "个", "建成水美乡村"),
             M("八公里", 8, "公里", "新建亲水步道")],
    actuals=[M("二十八点五公里", 28.5, "公里", "完成河道清淤疏浚"),
             M("九个", 9, "个", "建成水美乡村"),
             M("一个", 1, "个", "正在施工的水美乡村"),
             M("八公里", 8, "公里", "亲水步道完工"),
             M("十二座", 12, "座", "新建堰坝"),
             M("六点三公里", 6.3, "公里", "新建生态护岸"),
             M("一百二十亩", 120, "亩", "新增水域面积")],
    pairs=[("t1", ["a1"]), ("t2", ["a2"]), ("t3", ["a4"])],
    note="Chinese numerals throughout. 28.5/30 = 0.95; 9/10 = 0.9, the one still under construction does not count (would-be sum 1.0); 8/8 = 1.0. Weirs, revetment and the new water area have no target.")

# 23 水行政执法: 立案查处 answers 查处, patrol counts without target, a cap on extraction answered by 1-11月
row("县水利局(水政监察大队)、县公安局、县自然资源局",
    "开展水行政执法专项行动,立案查处水事违法案件不少于30件,河道采砂可采区年度开采量控制在许可量15万吨以内。",
    "今年以来,出动执法人员1860人次、巡查河道8600公里,立案查处水事违法案件34件,已结案31件,收缴罚没款48.6万元;白马河可采区1-11月实际开采河砂12.8万吨,未超过许可开采量。",
    targets=[M("30件", 30, "件", "立案查处水事违法案件", bound="min"),
             M("15万吨", 15, "万吨", "河道采砂可采区年度开采量", bound="max")],
    actuals=[M("1860人次", 1860, "人次", "出动执法人员", period="今年以来"),
             M("8600公里", 8600, "公里", "巡查河道", period="今年以来"),
             M("34件", 34, "件", "立案查处水事违法案件", period="今年以来"),
             M("31件", 31, "件", "已结案", period="今年以来"),
             M("48.6万元", 48.6, "万元", "收缴罚没款", period="今年以来"),
             M("12.8万吨", 12.8, "万吨", "可采区实际开采河砂", period="1-11月")],
    pairs=[("t1", ["a3"]), ("t2", ["a6"])],
    note="34/30 = 1.1333 (31 closed is a later stage). The cap 15万吨 is the licensed amount; 12.8/15 = 0.8533 for 1-11月, under the cap. Patrols and fines have no target.")

# 24 节水型社会: 各10个以上 over two metrics (two targets on one span), 家 answering 个, a candidate, a rate with the scope
row("县水利局(县节约用水办公室)、县机关事务服务中心、县住房城乡建设局",
    "创建节水型企业、节水型居民小区各10个以上,建成节水型单位25家,县级机关节水型单位建成率保持100%。",
    "经县节水办评估,今年新命名节水型企业8家、节水型公共机构(单位)27家、节水型居民小区15个,另有3家企业已提交创建申请,待市级复核;县级机关84家单位全部建成节水型单位,建成率100%。",
    targets=[M("各10个", 10, "个", "创建节水型企业", bound="min"),
             M("各10个", 10, "个", "创建节水型居民小区", bound="min"),
             M("25家", 25, "家", "建成节水型单位"),
             M("100%", 100, "%", "县级机关节水型单位建成率")],
    actuals=[M("8家", 8, "家", "新命名节水型企业", period="今年"),
             M("27家", 27, "家", "新命名节水型公共机构(单位)", period="今年"),
             M("15个", 15, "个", "新命名节水型居民小区", period="今年"),
             M("3家", 3, "家", "已提交创建申请企业(candidates)"),
             M("84家", 84, "家", "县级机关单位(scope)"),
             M("100%", 100, "%", "县级机关节水型单位建成率")],
    pairs=[("t1", ["a1"]), ("t2", ["a3"]), ("t3", ["a2"]), ("t4", ["a6"])],
    note="各10个以上 over two metrics is two min targets on one span: enterprises 8/10 = 0.8 (家 and 个 both count them; the 3 applications awaiting review are candidates, would-be sum 1.1), residential compounds 15/10 = 1.5. 节水型单位 is reported as 公共机构(单位): 27/25 = 1.08. 100/100 = 1.0 with the 84 units as scope.")

# 25 水資源稅 (traditional): YTD amount and growth answered in kind, 其中 parts, a conversion rate with the licence count as scope
P = "1-11月"
row("縣水利局、縣稅務局",
    "依法徵收水資源稅,全年徵收額達到2600萬元,增長5%;取水許可電子證照轉換率達到100%。",
    "1-11月,稅務部門累計徵收水資源稅2418萬元,同比增長6.9%,其中工業取用水1862萬元、城鎮公共供水412萬元;全縣有效取水許可證278件已全部完成電子證照轉換,轉換率100%。",
    targets=[M("2600萬元", 2600, "萬元", "水資源稅徵收額"),
             M("5%", 5, "%", "水資源稅徵收額增長", kind="growth"),
             M("100%", 100, "%", "取水許可電子證照轉換率")],
    actuals=[M("2418萬元", 2418, "萬元", "累計徵收水資源稅", period=P),
             M("6.9%", 6.9, "%", "水資源稅同比增長", kind="growth", period=P),
             M("1862萬元", 1862, "萬元", "工業取用水水資源稅", period=P),
             M("412萬元", 412, "萬元", "城鎮公共供水水資源稅", period=P),
             M("278件", 278, "件", "有效取水許可證(scope)", period=P),
             M("100%", 100, "%", "電子證照轉換率", period=P)],
    pairs=[("t1", ["a1"]), ("t2", ["a2"]), ("t3", ["a6"])],
    note="Traditional characters. 2418/2600 = 0.93 for 1-11月; growth 6.9/5 = 1.38. 1862 + 412 = 2274 are parts (not the whole). 100/100 = 1.0; the 278 licences are its scope.")

# 26 取水口与计量: a restated target, issues found as scope, 今年 rectified answers, a rate with numerator and denominator, installed vs being installed (nth)
row("县水利局、各乡镇人民政府",
    "完成取水口核查登记问题整改120个,规模以上取水户在线计量覆盖率达到95%,新安装农业灌溉取水计量设施200套。",
    "年度任务为整改取水口问题120个。取水口核查登记共发现问题138个,今年已整改销号112个,整改率81.2%;全县规模以上取水户64户,已实现在线计量62户,覆盖率96.9%;新安装农业灌溉取水计量设施150套,其余50套设备已到货,正在安装调试。",
    targets=[M("120个", 120, "个", "取水口核查登记问题整改"),
             M("95%", 95, "%", "规模以上取水户在线计量覆盖率"),
             M("200套", 200, "套", "新安装农业灌溉取水计量设施")],
    actuals=[M("120个", 120, "个", "年度任务整改取水口问题(restated target)"),
             M("138个", 138, "个", "核查登记发现问题(scope)"),
             M("112个", 112, "个", "今年已整改销号", period="今年"),
             M("81.2%", 81.2, "%", "整改率(对发现问题)", period="今年"),
             M("64户", 64, "户", "规模以上取水户(scope)"),
             M("62户", 62, "户", "已实现在线计量取水户"),
             M("96.9%", 96.9, "%", "在线计量覆盖率"),
             M("150套", 150, "套", "新安装农业灌溉取水计量设施"),
             M("50套", 50, "套", "正在安装调试的计量设施", nth=1)],
    pairs=[("t1", ["a3"]), ("t2", ["a7"]), ("t3", ["a8"])],
    note="年度任务为… restates the target (120个), which does not answer itself. 112/120 = 0.9333; the stated 整改率81.2% is measured against the 138 issues found and does not pair with the count target. 96.9/95 = 1.02 (62/64). 150/200 = 0.75; the 50 still being installed do not count (would-be sum 1.0). '50套' nth 0 lies inside '150套'.")

# 27 小型水库管护 (full-width digits): the reservoir count is scope, a coverage rate, evaluations passed vs self-assessed candidates
row("县水利局、县水库管理服务中心",
    "推行小型水库专业化管护,全县８６座小型水库物业化管理覆盖率达到１００％,水库标准化管理评价达标２０座。",
    "已通过政府购买服务方式将８６座小型水库全部委托３家专业化管护公司实施物业化管理,覆盖率１００％,落实管护经费３４４万元;开展小型水库标准化管理评价,已通过评价达标１８座,另有４座已完成自评,待县级评价。",
    targets=[M("１００％", 100, "%", "小型水库物业化管理覆盖率"),
             M("２０座", 20, "座", "水库标准化管理评价达标")],
    other=[O("８６座", 86, "座", "scope (全县小型水库数)")],
    actuals=[M("８６座", 86, "座", "委托物业化管理的小型水库(scope)"),
             M("３家", 3, "家", "专业化管护公司"),
             M("１００％", 100, "%", "物业化管理覆盖率"),
             M("３４４万元", 344, "万元", "落实管护经费"),
             M("１８座", 18, "座", "通过评价达标水库"),
             M("４座", 4, "座", "已自评待县级评价水库(candidates)")],
    pairs=[("t1", ["a3"]), ("t2", ["a5"])],
    note="Full-width digits. ８６座 is the scope of the coverage target in both columns. 100/100 = 1.0. 18/20 = 0.9; the 4 only self-assessed await evaluation (would-be sum 1.1). Companies and funds have no target.")

# 28 水毁修复: a restated scope all started, 截至11月底 repairs with a length part and itemised parts, the rest carried over
P = "截至11月底"
row("县水利局、县财政局、各乡镇人民政府",
    "完成2023年水毁水利工程修复210处,其中堤防护岸修复30公里,确保主汛期前全部完工。",
    "2023年水毁修复项目210处已全部开工,截至11月底完成修复183处,其中堤防护岸修复26.8公里、山塘堰坝47座、渠道涵闸93处;其余27处因汛期河道水位偏高未能完工,计划明年4月底前完工;累计下达修复资金2150万元。",
    targets=[M("210处", 210, "处", "2023年水毁水利工程修复"),
             M("30公里", 30, "公里", "堤防护岸修复")],
    actuals=[M("210处", 210, "处", "水毁修复项目已全部开工(scope, restated)"),
             M("183处", 183, "处", "完成修复", period=P),
             M("26.8公里", 26.8, "公里", "堤防护岸修复", period=P),
             M("47座", 47, "座", "修复山塘堰坝", period=P),
             M("93处", 93, "处", "修复渠道涵闸", period=P),
             M("27处", 27, "处", "未能完工水毁项目", period=P),
             M("2150万元", 2150, "万元", "累计下达修复资金", period=P)],
    pairs=[("t1", ["a2"]), ("t2", ["a3"])],
    note="210处 restates the scope (all started). 183/210 = 0.8714; the 27 not finished are carried over to 明年4月底 (would-be sum 1.0); the deadline 主汛期前全部完工 has no number. 26.8/30 = 0.8933; 47座 and 93处 are itemised parts. 2023 is a year; the money allocated has no target.")

# 29 质量与安全监督: a pass rate with numerator and denominator, inspection batches, a coverage rate; the accident target has no number
P = "今年"
row("县水利局(县水利工程质量与安全监督站)",
    "在建水利工程质量抽检合格率达到95%以上,安全生产检查覆盖率100%,全年不发生较大及以上水利安全生产事故。",
    "今年委托第三方检测机构对42个在建水利项目开展质量抽检,抽检样品1286组,合格1241组,合格率96.5%;开展水利安全生产检查136批次,检查覆盖率100%,排查整改安全隐患312项;截至目前未发生水利安全生产事故。",
    targets=[M("95%", 95, "%", "在建水利工程质量抽检合格率", bound="min"),
             M("100%", 100, "%", "安全生产检查覆盖率")],
    actuals=[M("42个", 42, "个", "在建水利项目(scope)", period=P),
             M("1286组", 1286, "组", "抽检样品", period=P),
             M("1241组", 1241, "组", "合格样品", period=P),
             M("96.5%", 96.5, "%", "质量抽检合格率", period=P),
             M("136批次", 136, "批次", "水利安全生产检查", period=P),
             M("100%", 100, "%", "安全生产检查覆盖率", period=P),
             M("312项", 312, "项", "排查整改安全隐患", period=P)],
    pairs=[("t1", ["a4"]), ("t2", ["a6"])],
    note="96.5/95 = 1.0158 (1241/1286 are its numerator and denominator). 100/100 = 1.0. Batches and hazards have no target. 不发生较大及以上事故 has no number, answered only in words. 第三方 is a word, not a number.")

# 30 项目前期 (Chinese numerals; nothing answers): projects submitted for the library, bond quotas awaiting allocation, a project not started
row("县水利局、县发展改革局、县财政局",
    "谋划新增纳入省级水利项目库项目十个以上,争取地方政府专项债券水利项目资金2亿元,县城防洪提升工程年内开工建设。",
    "已完成清溪河流域防洪治理、城乡供水一体化二期等水利项目谋划十二个,总投资约38.6亿元,已全部上报省水利厅申请入库,待审核;申报地方政府专项债券水利项目四个、申请额度2.6亿元,已通过省级审核,等待额度下达;县城防洪提升工程可研报告已报省水利厅审查,尚未开工。",
    targets=[M("十个", 10, "个", "新增纳入省级水利项目库项目", bound="min"),
             M("2亿元", 2, "亿元", "争取地方政府专项债券水利项目资金")],
    actuals=[M("十二个", 12, "个", "谋划并上报入库水利项目(candidates)"),
             M("38.6亿元", 38.6, "亿元", "谋划项目总投资(scope)"),
             M("四个", 4, "个", "申报专项债券水利项目(candidates)"),
             M("2.6亿元", 2.6, "亿元", "申请专项债券额度(candidate)")],
    note="Nothing answers. The 12 projects are only submitted for the library and await review (would-be 1.2); the bond quota 2.6亿元 has passed the provincial review but is not yet allocated (would-be 1.3). The flood-control project has not started (no number). 二期 is a phase label.")

# 31 中型水库 (nothing answers): a capacity specification, households surveyed (preparation), funds only secured for preliminary work
row("县水利局、龙潭水库建设指挥部、县自然资源局",
    "开工建设龙潭中型水库工程(总库容1280万立方米),年度计划完成投资1.5亿元,完成移民安置搬迁320户。",
    "龙潭水库工程初步设计报告已通过省水利厅技术审查,正在办理用地预审和社会稳定风险评估;移民安置实物指标调查已完成,涉及搬迁群众336户、1180人,安置区选址已确定;受前期审批进度影响,主体工程预计明年一季度开工,今年已落实前期工作经费1460万元。",
    targets=[M("1.5亿元", 1.5, "亿元", "年度计划完成投资"),
             M("320户", 320, "户", "移民安置搬迁")],
    other=[O("1280万立方米", 1280, "万立方米", "specification (总库容 of the reservoir)")],
    actuals=[M("336户", 336, "户", "实物指标调查涉及搬迁群众(preparation)"),
             M("1180人", 1180, "人", "实物指标调查涉及搬迁人口(preparation)"),
             M("1460万元", 1460, "万元", "今年落实前期工作经费", period="今年")],
    note="Nothing answers: works start only in 明年一季度. The 336户 are counted by the inventory survey, not moved (would-be 1.05); the 1460万元 are funds secured for preliminary work, not investment completed (would-be 0.0973). 一季度 is a period label.")

# 32 水文站 (traditional): stations built vs one with equipment pending, a 汛期 reporting rate, a lead time with its old baseline
row("縣水文站、縣水利局",
    "新建改建水文站3個、水位站15個,汛期水文數據到報率達到95%以上,重要河段洪水預報預見期延長到3小時以上。",
    "已建成水文站2個、水位站15個,另1個水文站完成站房土建,設備待安裝;汛期水文數據平均到報率98.6%;依託新建站網,白馬河、清溪河重要河段洪水預報預見期由原來的2小時延長到3.5小時。",
    targets=[M("3個", 3, "個", "新建改建水文站"),
             M("15個", 15, "個", "新建改建水位站"),
             M("95%", 95, "%", "汛期水文數據到報率", bound="min"),
             M("3小時", 3, "小時", "重要河段洪水預報預見期", bound="min")],
    actuals=[M("2個", 2, "個", "已建成水文站"),
             M("15個", 15, "個", "已建成水位站"),
             M("1個", 1, "個", "設備待安裝水文站"),
             M("98.6%", 98.6, "%", "汛期水文數據平均到報率", period="汛期"),
             M("2小時", 2, "小時", "原洪水預報預見期(baseline)"),
             M("3.5小時", 3.5, "小時", "洪水預報預見期")],
    pairs=[("t1", ["a1"]), ("t2", ["a2"]), ("t3", ["a4"]), ("t4", ["a6"])],
    note="Traditional characters. 2/3 = 0.6667 (the one with only the building done does not count, would-be sum 1.0); 15/15 = 1.0; 98.6/95 = 1.0379. The lead time is the measured quantity, not a duration: 3.5/3 = 1.1667; 2小時 is the old baseline (would-be 0.6667).")

# 33 城区排涝: a length over target, restated scope of ponding points, 各 over two pump stations summed for the capacity target
row("县住房城乡建设局、县城市管理局、县水务集团",
    "汛前完成县城排水管网清淤疏浚120公里,整治城市易涝积水点8处,新增城区排涝能力10立方米/秒。",
    "汛前完成县城排水管网清淤疏浚126.5公里,清掏淤泥2860吨;8处易涝积水点已完成整治6处,其余2处结合老旧小区改造同步实施,预计明年汛前完工;城东、城西排涝泵站扩容工程已完工,新增抽排能力各4立方米/秒。",
    targets=[M("120公里", 120, "公里", "县城排水管网清淤疏浚"),
             M("8处", 8, "处", "整治城市易涝积水点"),
             M("10立方米/秒", 10, "立方米/秒", "新增城区排涝能力")],
    actuals=[M("126.5公里", 126.5, "公里", "完成排水管网清淤疏浚"),
             M("2860吨", 2860, "吨", "清掏淤泥"),
             M("8处", 8, "处", "易涝积水点(scope, restated)"),
             M("6处", 6, "处", "已完成整治易涝积水点"),
             M("2处", 2, "处", "预计明年完工积水点(forecast)"),
             M("各4立方米/秒", 4, "立方米/秒", "城东排涝泵站新增抽排能力"),
             M("各4立方米/秒", 4, "立方米/秒", "城西排涝泵站新增抽排能力")],
    pairs=[("t1", ["a1"]), ("t2", ["a4"]), ("t3", ["a6", "a7"])],
    note="126.5/120 = 1.0542. 8处 restates the scope: 6/8 = 0.75; the 2 expected next year do not count. 各4立方米/秒 over two stations is two actuals on one span, summed for the county target: 4 + 4 = 8 against 10 (combine sum, 0.8). The sludge amount has no target.")

# 34 河道保洁: coverage only in words, a YTD tonnage with an elided-subject fall, staff and boats without target
P = "1-11月"
row("县河长办、县水利局、县城市管理局、各乡镇人民政府",
    "落实河道保洁长效机制,全县河道保洁覆盖率100%,全年打捞河道漂浮物及水葫芦不少于8000吨。",
    "全县312条河道已全部落实专业化保洁队伍,配备保洁员486名、保洁船只52艘;1-11月累计打捞漂浮物及水葫芦7650吨,较上年同期减少12.4%。",
    targets=[M("100%", 100, "%", "河道保洁覆盖率"),
             M("8000吨", 8000, "吨", "打捞河道漂浮物及水葫芦", bound="min")],
    actuals=[M("312条", 312, "条", "河道(scope)"),
             M("486名", 486, "名", "配备保洁员"),
             M("52艘", 52, "艘", "保洁船只"),
             M("7650吨", 7650, "吨", "累计打捞漂浮物及水葫芦", period=P),
             M("12.4%", 12.4, "%", "打捞量较上年同期减少", kind="reduction", period=P)],
    pairs=[("t2", ["a4"])],
    note="The coverage is reported only in words (全部落实 for the 312 rivers): t1 is unpaired (would-be 1.0). 7650/8000 = 0.9563 for 1-11月; the fall of 12.4% (subject elided) has no target. Staff and boats have no target.")

# 35 水土保持监管 (full-width digits): an approval rate, inspected projects answer the inspection target, a fee with growth
P = "截至１１月底"
row("县水利局、县自然资源局、县税务局",
    "生产建设项目水土保持方案审批率达到９８％以上,开展水土保持监督检查项目１５０个,征收水土保持补偿费３００万元。",
    "截至１１月底,审批生产建设项目水土保持方案１８６个,应报批项目方案审批率９９．５％;对在建的１６２个生产建设项目开展监督检查,下发整改意见书４７份;征收水土保持补偿费２６８．４万元,较上年同期增长１５．２％。",
    targets=[M("９８％", 98, "%", "生产建设项目水土保持方案审批率", bound="min"),
             M("１５０个", 150, "个", "水土保持监督检查项目"),
             M("３００万元", 300, "万元", "征收水土保持补偿费")],
    actuals=[M("１８６个", 186, "个", "审批水土保持方案", period=P),
             M("９９．５％", 99.5, "%", "方案审批率", period=P),
             M("１６２个", 162, "个", "监督检查生产建设项目", period=P),
             M("４７份", 47, "份", "下发整改意见书", period=P),
             M("２６８．４万元", 268.4, "万元", "征收水土保持补偿费", period=P),
             M("１５．２％", 15.2, "%", "补偿费较上年同期增长", kind="growth", period=P)],
    pairs=[("t1", ["a2"]), ("t2", ["a3"]), ("t3", ["a5"])],
    note="Full-width digits. 99.5/98 = 1.0153 (the 186 plans approved are a count with no target). 162/150 = 1.08. 268.4/300 = 0.8947; the growth 15.2% (subject elided) has no growth target.")

# 36 小水电: the restated count reported as done with 保留/退出 parts, demonstration stations awaiting announcement (nth inside 42座), a rate below 100%
row("县水利局、县发展改革局、县生态环境局",
    "完成小水电清理整改电站18座,创建绿色小水电示范电站3座,全县小水电站生态流量泄放达标率达到100%。",
    "列入整改清单的18座电站已全部完成整改销号,其中保留类15座、退出类3座已完成拆除;2座电站通过绿色小水电示范电站省级初验,已上报水利部待公告;全县42座小水电站全部安装生态流量泄放设施和在线监测装置,监测达标率98.2%,总装机容量3.65万千瓦。",
    targets=[M("18座", 18, "座", "小水电清理整改电站"),
             M("3座", 3, "座", "创建绿色小水电示范电站"),
             M("100%", 100, "%", "生态流量泄放达标率")],
    actuals=[M("18座", 18, "座", "完成整改销号电站"),
             M("15座", 15, "座", "保留类整改电站"),
             M("3座", 3, "座", "退出类已拆除电站"),
             M("2座", 2, "座", "通过省级初验待公告电站(candidates)", nth=0),
             M("42座", 42, "座", "全县小水电站(scope)"),
             M("98.2%", 98.2, "%", "生态流量监测达标率"),
             M("3.65万千瓦", 3.65, "万千瓦", "小水电站总装机容量(scope)")],
    pairs=[("t1", ["a1"]), ("t3", ["a6"])],
    note="18座…已全部完成整改销号 reports the target done: 18/18 = 1.0 (15 + 3 are its parts, not added again). The 2 demonstration stations have passed the provincial preliminary check but await the ministry's announcement: t2 is unpaired (would-be 0.6667). 98.2/100 = 0.982. '2座' nth 1 lies inside '42座'; the capacity has no target.")

# 37 供水效率: a loss-rate cap missed, a reuse rate, a per-capita daily use under its cap; works and volume without target
P = "1-10月"
row("县水务集团、县住房城乡建设局、县水利局",
    "县城公共供水管网漏损率控制在9%以内,再生水利用率达到25%,城镇居民人均日生活用水量控制在180升以内。",
    "实施供水管网分区计量改造,新建分区计量小区36个,更换老旧供水管网18.6公里;1-10月,县城公共供水管网漏损率9.4%,较上年同期下降1.7个百分点;再生水利用量635万吨,利用率26.3%;城镇居民人均日生活用水量172升。",
    targets=[M("9%", 9, "%", "县城公共供水管网漏损率", bound="max"),
             M("25%", 25, "%", "再生水利用率"),
             M("180升", 180, "升", "城镇居民人均日生活用水量", bound="max")],
    actuals=[M("36个", 36, "个", "新建分区计量小区"),
             M("18.6公里", 18.6, "公里", "更换老旧供水管网"),
             M("9.4%", 9.4, "%", "县城公共供水管网漏损率", period=P),
             M("1.7个百分点", 1.7, "个百分点", "漏损率较上年同期下降", kind="reduction", period=P),
             M("635万吨", 635, "万吨", "再生水利用量", period=P),
             M("26.3%", 26.3, "%", "再生水利用率", period=P),
             M("172升", 172, "升", "城镇居民人均日生活用水量", period=P)],
    pairs=[("t1", ["a3"]), ("t2", ["a6"]), ("t3", ["a7"])],
    note="The loss rate answers its cap: 9.4/9 = 1.0444, above the 9% cap, so not met; the fall of 1.7个百分点 is a change. 26.3/25 = 1.052. The per-capita daily use 172/180 = 0.9556, under the cap. Works and the reuse volume have no target.")

# 38 農村供水管理 (traditional): a class threshold in both columns, a collection rate from its parts, 縣級 + 省級 funds summed
row("縣水利局、縣水務集團、各鄉鎮人民政府",
    "推進農村供水工程縣級統一管理,1000人以上農村供水工程統管率達到100%;農村供水工程水費收繳率達到90%,落實維修養護資金500萬元。",
    "全縣1000人以上農村供水工程56處已全部納入縣水務集團統一管理,統管率100%;1-11月應收水費1286萬元,實收1147萬元,收繳率89.2%。落實縣級維修養護資金420萬元,另爭取到省級補助資金150萬元,全部用於農村供水工程維修養護。",
    targets=[M("100%", 100, "%", "1000人以上農村供水工程統管率"),
             M("90%", 90, "%", "農村供水工程水費收繳率"),
             M("500萬元", 500, "萬元", "落實維修養護資金")],
    other=[O("1000人", 1000, "人", "class threshold (1000人以上農村供水工程)")],
    actuals=[M("1000人", 1000, "人", "農村供水工程規模門檻(class threshold)"),
             M("56處", 56, "處", "1000人以上農村供水工程(scope)"),
             M("100%", 100, "%", "統管率"),
             M("1286萬元", 1286, "萬元", "應收水費", period="1-11月"),
             M("1147萬元", 1147, "萬元", "實收水費", period="1-11月"),
             M("89.2%", 89.2, "%", "水費收繳率", period="1-11月"),
             M("420萬元", 420, "萬元", "落實縣級維修養護資金"),
             M("150萬元", 150, "萬元", "爭取到省級維修養護補助資金")],
    pairs=[("t1", ["a3"]), ("t2", ["a6"]), ("t3", ["a7", "a8"])],
    note="Traditional characters. 100/100 = 1.0 over the 56 works. 89.2/90 = 0.9911 (1147/1286 are its numerator and denominator). Both funds go to maintenance: 420 + 150 = 570萬元 against 500萬元 (combine sum, 1.14). 1000人以上 is a class threshold.")

# 39 水务集团: 售水量 answers (供水 is broader), growth with the 上年同期 baseline, income and users, a full-year forecast
P = "1-11月"
row("县水务集团",
    "县水务集团全年售水量达到2600万立方米,增长6%;营业收入突破1.2亿元;新增供水用户8000户。",
    "1-11月,县水务集团累计供水2680万立方米,售水量2395万立方米,同比增长7.2%,上年同期为2234万立方米;实现营业收入1.08亿元,同比增长5.6%;新装供水用户8260户,其中乡镇用户5130户;预计全年售水量2610万立方米。",
    targets=[M("2600万立方米", 2600, "万立方米", "售水量"),
             M("6%", 6, "%", "售水量增长", kind="growth"),
             M("1.2亿元", 1.2, "亿元", "营业收入", bound="min"),
             M("8000户", 8000, "户", "新增供水用户")],
    actuals=[M("2680万立方米", 2680, "万立方米", "累计供水量", period=P),
             M("2395万立方米", 2395, "万立方米", "售水量", period=P),
             M("7.2%", 7.2, "%", "售水量同比增长", kind="growth", period=P),
             M("2234万立方米", 2234, "万立方米", "上年同期售水量(baseline)", period=P),
             M("1.08亿元", 1.08, "亿元", "营业收入", period=P),
             M("5.6%", 5.6, "%", "营业收入同比增长", kind="growth", period=P),
             M("8260户", 8260, "户", "新装供水用户", period=P),
             M("5130户", 5130, "户", "乡镇新装用户", period=P),
             M("2610万立方米", 2610, "万立方米", "预计全年售水量(forecast)", period="全年")],
    pairs=[("t1", ["a2"]), ("t2", ["a3"]), ("t3", ["a5"]), ("t4", ["a7"])],
    note="售水量 answers: 2395/2600 = 0.9212; 供水2680万立方米 is a broader measure (would-be 1.0308) and the full-year 2610 a forecast (would-be 1.0038); 2234 is last year's baseline. Growth 7.2/6 = 1.2; the income growth 5.6% has no growth target. 1.08/1.2 = 0.9. 8260/8000 = 1.0325 (乡镇5130户 is a part).")

# 40 人才与宣传: trainees answered (sessions beside), recruits vs candidates under public notice, events over target
row("县水利局、县人力资源社会保障局",
    "开展基层水利干部职工培训1500人次,招录水利专业技术人员12名,开展“世界水日”“中国水周”等节水宣传活动20场次以上。",
    "举办水旱灾害防御、河湖长制、农村供水管理等专题培训班16期,培训基层水利干部职工1620人次;通过事业单位公开招聘录用水利专业技术人员9名,另有3名已完成体检、考察,正在公示;开展节水宣传进社区、进学校、进企业活动26场次,发放宣传资料1.5万份。",
    targets=[M("1500人次", 1500, "人次", "基层水利干部职工培训"),
             M("12名", 12, "名", "招录水利专业技术人员"),
             M("20场次", 20, "场次", "节水宣传活动", bound="min")],
    actuals=[M("16期", 16, "期", "专题培训班"),
             M("1620人次", 1620, "人次", "培训基层水利干部职工"),
             M("9名", 9, "名", "录用水利专业技术人员"),
             M("3名", 3, "名", "正在公示人员(candidates)"),
             M("26场次", 26, "场次", "节水宣传活动"),
             M("1.5万份", 1.5, "万份", "发放宣传资料")],
    pairs=[("t1", ["a2"]), ("t2", ["a3"]), ("t3", ["a5"])],
    note="1620/1500 = 1.08 (16期 counts the courses). 9/12 = 0.75; the 3 still under public notice are candidates (would-be sum 1.0). 26/20 = 1.3; the leaflets have no target. “世界水日”“中国水周” are names.")


probe.write(Path(__file__).with_name("probe-water.gold.jsonl"))
