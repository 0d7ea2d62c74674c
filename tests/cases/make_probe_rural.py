"""Writes probe-rural.gold.jsonl: 40 rows written for this probe (not taken from any report) and
hand-annotated in the gold schema (corpus/SCHEMA.md). Each row is one line of a county's or city's
agriculture and rural-revitalisation progress table (农业农村局、乡村振兴局 重点工作推进情况): the task is
the year's target (粮食播种面积 万亩, 总产量 万吨/亿斤, 高标准农田 新建/改造提升 万亩, 生猪出栏/存栏 万头,
能繁母猪, 蔬菜/水果产量, 农产品加工产值, 农村居民人均可支配收入, 村集体经济收入, 农村改厕 户, 农村生活污水
治理率, 农村公路 公里, 和美乡村 个, 家庭农场/合作社 家, 龙头企业, 农机化率, 耕地保护, 撂荒地复耕 亩, 防返贫
监测, 脱贫人口务工 万人 ...), the progress is what the bureau reported (其中 parts, 分别, 累计, 同比 growth,
播种 vs 收获, 夏粮 + 秋粮 parts, 预计全年 forecasts, 已完成招标 preparation, 验收 vs 建设, 完成年度任务的X%,
restated targets, 上年 baselines, candidates only recommended or under review, rows where nothing
answers). The departments in charge are the row's owners. Five rows are in traditional characters;
some use full-width digits or Chinese numerals.
Checks (gold_writer.py) that every annotated string occurs (nth), that no two mentions of a column claim the same
or overlapping spans, that no mention starts inside a longer number, that every period occurs in
the progress text, computes ratios, and lists digit and numeral runs left unannotated.
Run: python tests/cases/make_probe_rural.py"""
from pathlib import Path

from gold_writer import M, O, ProbeSet

probe = ProbeSet("probe21")
row = probe.row


# ---------------------------------------------------------------------------------------------
# Agriculture and rural-revitalisation progress tables of counties and cities (items 1-40)
# ---------------------------------------------------------------------------------------------

# 1 粮食生产: sown area with 夏粮/秋粮 parts, harvested area, output only forecast
P = "截至10月底"
row("县农业农村局、各乡镇人民政府",
    "全年粮食播种面积稳定在86.5万亩以上,粮食总产量达到38万吨。",
    "截至10月底,全县粮食播种面积87.2万亩,其中夏粮32.6万亩、秋粮54.6万亩;夏粮收获产量13.1万吨,秋粮已收获41.3万亩,预计全年粮食总产量38.6万吨,较上年增加0.9万吨。",
    targets=[M("86.5万亩", 86.5, "万亩", "粮食播种面积", bound="min"),
             M("38万吨", 38, "万吨", "粮食总产量")],
    actuals=[M("87.2万亩", 87.2, "万亩", "粮食播种面积", period=P),
             M("32.6万亩", 32.6, "万亩", "夏粮播种面积", period=P),
             M("54.6万亩", 54.6, "万亩", "秋粮播种面积", period=P),
             M("13.1万吨", 13.1, "万吨", "夏粮收获产量", period=P),
             M("41.3万亩", 41.3, "万亩", "秋粮已收获面积", period=P),
             M("38.6万吨", 38.6, "万吨", "预计全年粮食总产量(forecast)"),
             M("0.9万吨", 0.9, "万吨", "预计总产量较上年增加(forecast)")],
    pairs=[("t1", ["a1"])],
    note="The sown area 87.2万亩 answers the area target (87.2/86.5 = 1.0081); 夏粮/秋粮 are its parts and are not added again; 秋粮已收获41.3万亩 is harvested area, not sown. Output: only 夏粮 13.1万吨 (a part, would-be 0.3447) and a forecast for the year (预计38.6万吨, would-be 1.0158) are given, so the output target is unpaired.")

# 2 粮食 in 亿斤 answered in 万吨: unit conversion (斤 = 0.5 kg), a restated conversion, early-rice part
P = "全年"
row("市农业农村局、市统计局",
    "粮食总产量稳定在12亿斤以上,其中早稻产量1.8亿斤。",
    "全年粮食总产量61.4万吨(折合12.28亿斤),同比增长1.6%;其中早稻9.2万吨、晚稻23.5万吨。",
    targets=[M("12亿斤", 12, "亿斤", "粮食总产量", bound="min"),
             M("1.8亿斤", 1.8, "亿斤", "早稻产量")],
    actuals=[M("61.4万吨", 61.4, "万吨", "粮食总产量", period=P),
             M("12.28亿斤", 12.28, "亿斤", "粮食总产量(折合)", period=P),
             M("1.6%", 1.6, "%", "粮食总产量同比增长", kind="growth", period=P),
             M("9.2万吨", 9.2, "万吨", "早稻产量", period=P),
             M("23.5万吨", 23.5, "万吨", "晚稻产量", period=P)],
    pairs=[("t1", ["a1"]), ("t2", ["a4"])],
    note="61.4万吨 = 6.14亿kg against 12亿斤 = 6亿kg (1.0233); 12.28亿斤 is the same figure converted, not a second actual to add. Early rice 9.2万吨 = 0.92亿kg against 1.8亿斤 = 0.9亿kg (1.0222). 晚稻 has no target; 1.6% is a growth with no growth target.")

# 3 高标准农田: tender (preparation) vs built vs accepted, 新建 vs 改造提升, remainder under construction
P = "截至11月底"
row("县农业农村局、县财政局",
    "新建高标准农田5.2万亩,改造提升高标准农田3万亩。",
    "截至11月底,新建高标准农田项目已完成招标5.2万亩,建成4.6万亩(其中已通过县级验收3.8万亩);改造提升高标准农田完工验收2.1万亩,另有0.9万亩正在施工。",
    targets=[M("5.2万亩", 5.2, "万亩", "新建高标准农田"),
             M("3万亩", 3, "万亩", "改造提升高标准农田")],
    actuals=[M("5.2万亩", 5.2, "万亩", "新建高标准农田已完成招标(preparation)", period=P),
             M("4.6万亩", 4.6, "万亩", "新建高标准农田建成", period=P),
             M("3.8万亩", 3.8, "万亩", "已通过县级验收", period=P),
             M("2.1万亩", 2.1, "万亩", "改造提升高标准农田完工验收", period=P),
             M("0.9万亩", 0.9, "万亩", "改造提升正在施工", period=P)],
    pairs=[("t1", ["a2"]), ("t2", ["a4"])],
    note="The tendered 5.2万亩 is preparation only (would-be 1.0). Built 4.6万亩 answers 新建 (0.8846); the 3.8万亩 accepted is its part. 改造提升 completed and accepted 2.1万亩 answers (0.7); the 0.9万亩 still under construction does not (would-be sum 1.0).")

# 4 生猪: 出栏 to date, 存栏 at month end (approx target), 能繁母猪 min, a share of the normal stock
row("市农业农村局(畜牧兽医)",
    "生猪出栏稳定在65万头,年末生猪存栏保持在40万头左右,能繁母猪存栏不低于3.9万头。",
    "1-11月,全市生猪出栏58.7万头,同比增长4.2%;11月末生猪存栏41.6万头,其中能繁母猪存栏4.05万头,为正常保有量的103.8%。",
    targets=[M("65万头", 65, "万头", "生猪出栏"),
             M("40万头", 40, "万头", "年末生猪存栏", bound="approx"),
             M("3.9万头", 3.9, "万头", "能繁母猪存栏", bound="min")],
    actuals=[M("58.7万头", 58.7, "万头", "生猪出栏", period="1-11月"),
             M("4.2%", 4.2, "%", "生猪出栏同比增长", kind="growth", period="1-11月"),
             M("41.6万头", 41.6, "万头", "生猪存栏", period="11月末"),
             M("4.05万头", 4.05, "万头", "能繁母猪存栏", period="11月末"),
             M("103.8%", 103.8, "%", "能繁母猪为正常保有量的(比例)", period="11月末")],
    pairs=[("t1", ["a1"]), ("t2", ["a3"]), ("t3", ["a4"])],
    note="出栏 1-11月 58.7/65 = 0.9031. 存栏 at 11月末 answers the year-end stock (41.6/40 = 1.04); 能繁母猪 4.05/3.9 = 1.0385. 103.8% is a share of the normal stock, not a target; 4.2% is a growth with no growth target.")

# 5 蔬菜水果 (traditional): sown vs harvested area, output to date, growth target answered by growth
P = "前三季度"
row("縣農業農村局、縣統計局",
    "蔬菜播種面積達到28萬畝,蔬菜產量65萬噸;水果產量增長5%。",
    "前三季度,全縣蔬菜播種面積累計26.3萬畝,收穫面積22.8萬畝,蔬菜產量51.2萬噸;水果產量18.6萬噸,同比增長6.3%。",
    targets=[M("28萬畝", 28, "萬畝", "蔬菜播種面積"),
             M("65萬噸", 65, "萬噸", "蔬菜產量"),
             M("5%", 5, "%", "水果產量", kind="growth")],
    actuals=[M("26.3萬畝", 26.3, "萬畝", "蔬菜播種面積", period=P),
             M("22.8萬畝", 22.8, "萬畝", "蔬菜收穫面積", period=P),
             M("51.2萬噸", 51.2, "萬噸", "蔬菜產量", period=P),
             M("18.6萬噸", 18.6, "萬噸", "水果產量", period=P),
             M("6.3%", 6.3, "%", "水果產量同比增長", kind="growth", period=P)],
    pairs=[("t1", ["a1"]), ("t2", ["a3"]), ("t3", ["a5"])],
    note="Traditional characters. Sown area 26.3/28 = 0.9393; the harvested 22.8萬畝 is another measure. 51.2/65 = 0.7877. The fruit growth target is answered by the growth 6.3% (1.26), not by the amount 18.6萬噸.")

# 6 农产品加工: 1-10月 output against an annual min target, growth pair, forecast, new firms
P = "1-10月"
row("县农业农村局、县工业和信息化局",
    "规模以上农产品加工业产值突破120亿元,同比增长8%以上。",
    "1-10月,全县规上农产品加工企业实现产值98.6亿元,同比增长9.1%;预计全年产值达到121亿元。新增规上农产品加工企业6家。",
    targets=[M("120亿元", 120, "亿元", "规模以上农产品加工业产值", bound="min"),
             M("8%", 8, "%", "规模以上农产品加工业产值", kind="growth", bound="min")],
    actuals=[M("98.6亿元", 98.6, "亿元", "规上农产品加工企业产值", period=P),
             M("9.1%", 9.1, "%", "规上农产品加工企业产值同比增长", kind="growth", period=P),
             M("121亿元", 121, "亿元", "预计全年产值(forecast)"),
             M("6家", 6, "家", "新增规上农产品加工企业")],
    pairs=[("t1", ["a1"]), ("t2", ["a2"])],
    note="The 1-10月 output answers the annual target (98.6/120 = 0.8217); the forecast 121亿元 does not (would-be 1.0083). Growth 9.1/8 = 1.1375. The 6 new firms have no target.")

# 7 农村居民收入: growth and level targets, quarter-to-date figures, gap in 个百分点, last year's baseline
P = "前三季度"
row("区统计局、区农业农村局",
    "农村居民人均可支配收入增长7%,达到23500元。",
    "前三季度,全区农村居民人均可支配收入17860元,同比增长7.4%,增速高于城镇居民2.1个百分点;上年全年为21960元。",
    targets=[M("7%", 7, "%", "农村居民人均可支配收入", kind="growth"),
             M("23500元", 23500, "元", "农村居民人均可支配收入")],
    actuals=[M("17860元", 17860, "元", "农村居民人均可支配收入", period=P),
             M("7.4%", 7.4, "%", "农村居民人均可支配收入同比增长", kind="growth", period=P),
             M("2.1个百分点", 2.1, "个百分点", "增速高于城镇居民", period=P),
             M("21960元", 21960, "元", "上年全年农村居民人均可支配收入(baseline)")],
    pairs=[("t1", ["a2"]), ("t2", ["a1"])],
    note="Growth 7.4/7 = 1.0571. The three-quarter income 17860/23500 = 0.76. 2.1个百分点 is a gap to urban residents; 21960元 is last year's baseline, not this year's result.")

# 8 村集体经济: share target with class thresholds, 薄弱村清零 from a baseline, village scope
row("县委组织部、县农业农村局",
    "村级集体经济经营性收入10万元以上的村达到85%,全面消除经营性收入5万元以下薄弱村。",
    "全县186个行政村中,经营性收入10万元以上的村达到162个,占87.1%;经营性收入5万元以下的薄弱村由上年的9个减少至0个,实现清零;村均经营性收入18.6万元。",
    targets=[M("85%", 85, "%", "经营性收入10万元以上的村(占比)")],
    other=[O("10万元", 10, "万元", "class threshold (经营性收入10万元以上的村)"),
           O("5万元", 5, "万元", "class threshold (5万元以下薄弱村)")],
    actuals=[M("186个", 186, "个", "行政村(scope)"),
             M("10万元", 10, "万元", "经营性收入10万元以上(class threshold)"),
             M("162个", 162, "个", "经营性收入10万元以上的村"),
             M("87.1%", 87.1, "%", "经营性收入10万元以上的村占比"),
             M("5万元", 5, "万元", "经营性收入5万元以下(class threshold)"),
             M("9个", 9, "个", "上年薄弱村(baseline)"),
             M("0个", 0, "个", "薄弱村"),
             M("18.6万元", 18.6, "万元", "村均经营性收入")],
    pairs=[("t1", ["a4"])],
    note="87.1/85 = 1.0247 (162 of 186 villages). 全面消除 has no number in the task (the 5万元 is the class threshold), so the 0个 left has no target to pair; 9个 is last year's baseline.")

# 9 农村改厕: total with 其中 无害化 part, completion share, households only registered, coverage rate
P = "截至11月底"
row("县农业农村局、县卫生健康局",
    "新(改)建农村户用卫生厕所4500户,其中无害化卫生厕所3000户以上。",
    "截至11月底,已完成农村户用厕所改造4820户,完成年度任务的107.1%,其中无害化卫生厕所2960户;另有320户已完成摸排登记,计划明年实施。农村卫生厕所普及率提高到91.5%。",
    targets=[M("4500户", 4500, "户", "新(改)建农村户用卫生厕所"),
             M("3000户", 3000, "户", "无害化卫生厕所", bound="min")],
    actuals=[M("4820户", 4820, "户", "完成农村户用厕所改造", period=P),
             M("107.1%", 107.1, "%", "完成年度任务的(比例)", period=P),
             M("2960户", 2960, "户", "无害化卫生厕所", period=P),
             M("320户", 320, "户", "已摸排登记计划明年实施"),
             M("91.5%", 91.5, "%", "农村卫生厕所普及率")],
    pairs=[("t1", ["a1"]), ("t2", ["a3"])],
    note="4820/4500 = 1.0711 (the text's 107.1% is the completion share, an actual that does not pair with the amount target). 无害化 2960/3000 = 0.9867. The 320户 are only registered for next year; 普及率 has no target.")

# 10 农村生活污水: rate target answered by the new rate, baseline rate, villages with 其中 parts
row("市生态环境局、市农业农村局",
    "农村生活污水治理率达到45%,新增完成治理行政村38个。",
    "今年新增完成生活污水治理的行政村41个,其中纳管处理26个、建设集中处理设施15个;全市农村生活污水治理率由上年的39.2%提高到46.1%,提高6.9个百分点。",
    targets=[M("45%", 45, "%", "农村生活污水治理率"),
             M("38个", 38, "个", "新增完成治理行政村")],
    actuals=[M("41个", 41, "个", "新增完成生活污水治理的行政村", period="今年"),
             M("26个", 26, "个", "纳管处理行政村", period="今年"),
             M("15个", 15, "个", "建设集中处理设施行政村", period="今年"),
             M("39.2%", 39.2, "%", "上年农村生活污水治理率(baseline)"),
             M("46.1%", 46.1, "%", "农村生活污水治理率"),
             M("6.9个百分点", 6.9, "个百分点", "治理率提高")],
    pairs=[("t1", ["a5"]), ("t2", ["a1"])],
    note="Rate 46.1/45 = 1.0244; 39.2% is last year's baseline. Villages 41/38 = 1.0789; 纳管26 and 集中15 are its parts.")

# 11 农村公路 (full-width digits): accepted length vs subgrade-only, protection works, bridges only tendered
P = "截至１０月底"
row("县交通运输局、县农业农村局",
    "新改建农村公路８５公里,实施农村公路安全生命防护工程１２０公里,改造危桥６座。",
    "截至１０月底,新改建农村公路已完工验收６２．４公里,另有１８．６公里完成路基正在铺设路面;安全生命防护工程完成１２６公里;危桥改造６座均已完成招标,其中２座已开工。",
    targets=[M("８５公里", 85, "公里", "新改建农村公路"),
             M("１２０公里", 120, "公里", "农村公路安全生命防护工程"),
             M("６座", 6, "座", "改造危桥")],
    actuals=[M("６２．４公里", 62.4, "公里", "新改建农村公路完工验收", period=P),
             M("１８．６公里", 18.6, "公里", "完成路基正在铺设路面", period=P),
             M("１２６公里", 126, "公里", "安全生命防护工程完成", period=P),
             M("６座", 6, "座", "危桥改造已完成招标(preparation)", period=P),
             M("２座", 2, "座", "危桥改造已开工", period=P)],
    pairs=[("t1", ["a1"]), ("t2", ["a3"])],
    note="Full-width digits. 62.4/85 = 0.7341; the 18.6公里 with only the subgrade is not finished (would-be sum 0.9529). 126/120 = 1.05. The bridges are only tendered (would-be 1.0) and 2 started (weaker than 改造 done, would-be 0.3333): unpaired.")

# 12 和美乡村: provincial villages only recommended (candidates), city villages accepted vs in construction
row("市乡村振兴局、市农业农村局",
    "创建省级和美乡村示范村12个、市级精品村30个。",
    "已推荐申报省级和美乡村示范村15个,等待省级验收;市级精品村完成创建并通过验收28个,另有5个正在建设。",
    targets=[M("12个", 12, "个", "创建省级和美乡村示范村"),
             M("30个", 30, "个", "创建市级精品村")],
    actuals=[M("15个", 15, "个", "推荐申报省级和美乡村示范村(candidates)"),
             M("28个", 28, "个", "市级精品村完成创建并通过验收"),
             M("5个", 5, "个", "市级精品村正在建设", nth=1)],
    pairs=[("t2", ["a2"])],
    note="The 15 provincial villages are only recommended and awaiting acceptance: candidates, t1 unpaired (would-be 1.25). City villages accepted 28/30 = 0.9333; the 5 in construction do not count. '5个' nth 0 lies inside '15个'.")

# 13 家庭農場/合作社 (traditional): new recognitions, 其中 provincial part, registered stock vs increase
P = "今年"
row("縣農業農村局",
    "新增省級示範家庭農場20家、市級以上農民合作社示範社15家,家庭農場總數達到2800家。",
    "今年新認定省級示範家庭農場23家,市級以上農民合作社示範社12家(其中省級4家);全縣在冊家庭農場達到2916家,較上年增加238家,農民合作社1350家。",
    targets=[M("20家", 20, "家", "新增省級示範家庭農場"),
             M("15家", 15, "家", "新增市級以上農民合作社示範社"),
             M("2800家", 2800, "家", "家庭農場總數")],
    actuals=[M("23家", 23, "家", "新認定省級示範家庭農場", period=P),
             M("12家", 12, "家", "新認定市級以上農民合作社示範社", period=P),
             M("4家", 4, "家", "其中省級示範社", period=P),
             M("2916家", 2916, "家", "在冊家庭農場"),
             M("238家", 238, "家", "家庭農場較上年增加"),
             M("1350家", 1350, "家", "農民合作社")],
    pairs=[("t1", ["a1"]), ("t2", ["a2"]), ("t3", ["a4"])],
    note="Traditional characters. 23/20 = 1.15; 12/15 = 0.8 (省級4家 is its part). The stock 2916/2800 = 1.0414; the increase 238家 is a change, not the total. 1350家 has no target.")

# 14 龙头企业: city-level recognised, provincial only in 公示, national only submitted, cumulative stock
row("市农业农村局、市发展改革委",
    "新培育市级以上农业产业化龙头企业10家,其中国家级1家、省级3家。",
    "新认定市级农业产业化龙头企业8家,2家企业已通过省级龙头企业评审并进入公示,国家级龙头企业申报材料已上报农业农村部。全市市级以上龙头企业累计达到156家。",
    targets=[M("10家", 10, "家", "新培育市级以上农业产业化龙头企业"),
             M("1家", 1, "家", "国家级龙头企业"),
             M("3家", 3, "家", "省级龙头企业")],
    actuals=[M("8家", 8, "家", "新认定市级农业产业化龙头企业"),
             M("2家", 2, "家", "通过省级评审进入公示的企业(candidates)"),
             M("156家", 156, "家", "市级以上龙头企业累计(stock)")],
    pairs=[("t1", ["a1"])],
    note="Only the 8 city-level firms are recognised: 8/10 = 0.8. The 2 provincial firms are still in 公示 (not yet recognised, would-be 0.6667) and the national one is only submitted (已上报): both unpaired. 156家 is the cumulative stock.")

# 15 农机化率: rate target, change in 个百分点, a component rate, drones with subsidy money
row("县农业农村局(农机服务中心)",
    "主要农作物耕种收综合机械化率达到88%,新增植保无人机50架。",
    "全县主要农作物耕种收综合机械化率达到88.6%,较上年提高1.2个百分点,其中水稻机插率72%;通过农机购置补贴新增植保无人机46架,发放补贴资金356万元。",
    targets=[M("88%", 88, "%", "主要农作物耕种收综合机械化率"),
             M("50架", 50, "架", "新增植保无人机")],
    actuals=[M("88.6%", 88.6, "%", "主要农作物耕种收综合机械化率"),
             M("1.2个百分点", 1.2, "个百分点", "较上年提高"),
             M("72%", 72, "%", "水稻机插率"),
             M("46架", 46, "架", "新增植保无人机"),
             M("356万元", 356, "万元", "发放农机购置补贴资金")],
    pairs=[("t1", ["a1"]), ("t2", ["a4"])],
    note="88.6/88 = 1.0068; 水稻机插率 is one component rate. 46/50 = 0.92. The subsidy 356万元 has no target.")

# 16 耕地保护: stock min target, stable basic farmland, abandoned land restored vs found, restoration rate
row("县自然资源局、县农业农村局",
    "耕地保有量不低于52.3万亩,永久基本农田保护面积44.8万亩,完成撂荒地复耕复种6000亩。",
    "全县耕地保有量52.46万亩,永久基本农田44.8万亩保持稳定;排查撂荒地7320亩,已复耕复种5480亩,复耕率74.9%,剩余部分计划冬春季节种植。",
    targets=[M("52.3万亩", 52.3, "万亩", "耕地保有量", bound="min"),
             M("44.8万亩", 44.8, "万亩", "永久基本农田保护面积"),
             M("6000亩", 6000, "亩", "撂荒地复耕复种")],
    actuals=[M("52.46万亩", 52.46, "万亩", "耕地保有量"),
             M("44.8万亩", 44.8, "万亩", "永久基本农田"),
             M("7320亩", 7320, "亩", "排查撂荒地(scope)"),
             M("5480亩", 5480, "亩", "已复耕复种"),
             M("74.9%", 74.9, "%", "复耕率")],
    pairs=[("t1", ["a1"]), ("t2", ["a2"]), ("t3", ["a4"])],
    note="52.46/52.3 = 1.0031; 44.8/44.8 = 1.0. Restored 5480/6000 = 0.9133; the 7320亩 found is the scope and 复耕率74.9% is restored over found, not over the target.")

# 17 防返贫监测: households and persons, elimination rate answers, migrant workers with part and increase
row("县乡村振兴局、县人力资源社会保障局",
    "防返贫监测对象风险消除率达到70%以上,脱贫人口务工规模稳定在3.2万人以上。",
    "全县纳入防返贫监测对象1286户4012人,已消除风险932户2945人,风险消除率72.5%;脱贫人口外出务工3.36万人,较上年增加1200人,其中县外务工2.41万人。",
    targets=[M("70%", 70, "%", "防返贫监测对象风险消除率", bound="min"),
             M("3.2万人", 3.2, "万人", "脱贫人口务工规模", bound="min")],
    actuals=[M("1286户", 1286, "户", "纳入防返贫监测对象(户)"),
             M("4012人", 4012, "人", "纳入防返贫监测对象(人)"),
             M("932户", 932, "户", "已消除风险(户)"),
             M("2945人", 2945, "人", "已消除风险(人)"),
             M("72.5%", 72.5, "%", "风险消除率"),
             M("3.36万人", 3.36, "万人", "脱贫人口外出务工"),
             M("1200人", 1200, "人", "务工较上年增加"),
             M("2.41万人", 2.41, "万人", "县外务工")],
    pairs=[("t1", ["a5"]), ("t2", ["a6"])],
    note="72.5/70 = 1.0357 (932 of 1286 households). 3.36/3.2 = 1.05; the increase 1200人 and the 县外 part 2.41万人 do not answer the total.")

# 18 冷藏保鲜 (nothing answers): applicants approved in plan only, planned capacity, funds issued
row("市农业农村局、市财政局",
    "新建农产品产地冷藏保鲜设施60个,新增库容3万吨。",
    "已完成项目申报和评审,拟支持建设主体64个,计划新增库容3.3万吨;中央补助资金1850万元已下达,项目将于明年3月底前建成。",
    targets=[M("60个", 60, "个", "新建农产品产地冷藏保鲜设施"),
             M("3万吨", 3, "万吨", "新增库容")],
    actuals=[M("64个", 64, "个", "拟支持建设主体(candidates)"),
             M("3.3万吨", 3.3, "万吨", "计划新增库容(plan)"),
             M("1850万元", 1850, "万元", "中央补助资金已下达")],
    note="Nothing answers: the 64 operators are only selected for support (would-be 1.0667) and 3.3万吨 is planned capacity (would-be 1.1); the facilities are due 明年3月底. 1850万元 is funding, with no target.")

# 19 粮食 夏粮 + 秋粮: output given only in parts (combine sum), sown area only for 夏粮
row("县农业农村局、县统计局",
    "全年粮食总产量达到45万吨以上,粮食播种面积稳定在98万亩。",
    "夏粮实收面积38.2万亩,总产14.6万吨,同比增长2.3%;秋粮收获已基本结束,总产31.1万吨。",
    targets=[M("45万吨", 45, "万吨", "粮食总产量", bound="min"),
             M("98万亩", 98, "万亩", "粮食播种面积")],
    actuals=[M("38.2万亩", 38.2, "万亩", "夏粮实收面积"),
             M("14.6万吨", 14.6, "万吨", "夏粮总产"),
             M("2.3%", 2.3, "%", "夏粮总产同比增长", kind="growth"),
             M("31.1万吨", 31.1, "万吨", "秋粮总产")],
    pairs=[("t1", ["a2", "a4"])],
    note="The year's output is given only as 夏粮 + 秋粮: 14.6 + 31.1 = 45.7万吨 against 45万吨 (combine sum, 1.0156). The only area is 夏粮 harvested area (a part, would-be 0.3898): the sown-area target is unpaired.")

# 20 农村电商 (Chinese numerals): stations and trainees in Chinese numerals, sessions
row("县商务局、县农业农村局",
    "新建村级农产品电商服务站二十个,培训农村电商人才五百人次。",
    "建成村级电商服务站二十三个,开展农村电商培训十二期、培训八百六十人次。",
    targets=[M("二十个", 20, "个", "新建村级农产品电商服务站点"),
             M("五百人次", 500, "人次", "培训农村电商人才")],
    actuals=[M("二十三个", 23, "个", "建成村级电商服务站点"),
             M("十二期", 12, "期", "开展农村电商培训(期)"),
             M("八百六十人次", 860, "人次", "培训农村电商人才")],
    pairs=[("t1", ["a1"]), ("t2", ["a3"])],
    note="Chinese numerals. 23/20 = 1.15; 860/500 = 1.72. The 12 sessions (期) are another measure.")

# 21 高標準農田 (traditional): built vs accepted part, water-saving, investment in 萬元, completion share
P = "截至11月底"
row("縣農業農村局、縣水利局",
    "建設高標準農田4.5萬畝,同步發展高效節水灌溉1.2萬畝,年度計劃投資6750萬元。",
    "截至11月底,項目區建成高標準農田4.28萬畝,完成年度任務的95.1%,其中已通過竣工驗收3.1萬畝;高效節水灌溉建成0.86萬畝;完成投資5920萬元。",
    targets=[M("4.5萬畝", 4.5, "萬畝", "建設高標準農田"),
             M("1.2萬畝", 1.2, "萬畝", "高效節水灌溉"),
             M("6750萬元", 6750, "萬元", "年度計劃投資")],
    actuals=[M("4.28萬畝", 4.28, "萬畝", "建成高標準農田", period=P),
             M("95.1%", 95.1, "%", "完成年度任務的(比例)", period=P),
             M("3.1萬畝", 3.1, "萬畝", "已通過竣工驗收", period=P),
             M("0.86萬畝", 0.86, "萬畝", "高效節水灌溉建成", period=P),
             M("5920萬元", 5920, "萬元", "完成投資", period=P)],
    pairs=[("t1", ["a1"]), ("t2", ["a4"]), ("t3", ["a5"])],
    note="Traditional characters. Built 4.28/4.5 = 0.9511 (95.1% is the share, not paired); the accepted 3.1萬畝 is its part. 0.86/1.2 = 0.7167. 5920/6750 = 0.877.")

# 22 危房改造: restated lower target, completed vs started, completion rate against the revised task
row("县住房城乡建设局、县乡村振兴局",
    "完成农村危房改造120户。",
    "根据动态排查结果,年度任务调整为96户,截至目前已全部开工,竣工88户,竣工率91.7%。",
    targets=[M("120户", 120, "户", "完成农村危房改造")],
    actuals=[M("96户", 96, "户", "调整后年度任务(restated target)"),
             M("88户", 88, "户", "竣工", period="截至目前"),
             M("91.7%", 91.7, "%", "竣工率(against the revised task)", period="截至目前")],
    pairs=[("t1", ["a2"])],
    note="The task was cut to 96户; the ratio stays against the original 120户: 88/120 = 0.7333 (against the revised task 0.9167, the text's 91.7%). 全部开工 is a weaker status.")

# 23 农村供水: works count, beneficiaries 新增和改善 (broader) vs 新增 part, tap-water coverage
row("县水利局",
    "实施农村供水保障工程15处,新增受益人口3.6万人,农村自来水普及率达到95%。",
    "15处工程已全部完工通水,新增和改善受益人口4.1万人,其中新增受益人口2.8万人;农村自来水普及率达到95.4%。",
    targets=[M("15处", 15, "处", "实施农村供水保障工程"),
             M("3.6万人", 3.6, "万人", "新增受益人口"),
             M("95%", 95, "%", "农村自来水普及率")],
    actuals=[M("15处", 15, "处", "完工通水工程"),
             M("4.1万人", 4.1, "万人", "新增和改善受益人口"),
             M("2.8万人", 2.8, "万人", "新增受益人口"),
             M("95.4%", 95.4, "%", "农村自来水普及率")],
    pairs=[("t1", ["a1"]), ("t2", ["a3"]), ("t3", ["a4"])],
    note="15/15 = 1.0. 新增和改善4.1万人 is broader than 新增 (would-be 1.1389); the 新增 part answers: 2.8/3.6 = 0.7778. 95.4/95 = 1.0042.")

# 24 畜牧: share target, growth target paired with growth, poultry amount vs a decline, forecast
P = "1-9月"
row("县农业农村局(畜牧兽医)",
    "畜禽规模养殖比重达到80%,牛出栏增长5%,家禽出栏1200万羽。",
    "1-9月,全县牛出栏3.6万头,同比增长6.2%;家禽出栏896万羽,同比下降2.1%;畜禽规模养殖比重78.5%。预计全年家禽出栏1180万羽。",
    targets=[M("80%", 80, "%", "畜禽规模养殖比重"),
             M("5%", 5, "%", "牛出栏", kind="growth"),
             M("1200万羽", 1200, "万羽", "家禽出栏")],
    actuals=[M("3.6万头", 3.6, "万头", "牛出栏", period=P),
             M("6.2%", 6.2, "%", "牛出栏同比增长", kind="growth", period=P),
             M("896万羽", 896, "万羽", "家禽出栏", period=P),
             M("2.1%", 2.1, "%", "家禽出栏同比下降", kind="reduction", period=P),
             M("78.5%", 78.5, "%", "畜禽规模养殖比重", period=P),
             M("1180万羽", 1180, "万羽", "预计全年家禽出栏(forecast)")],
    pairs=[("t1", ["a5"]), ("t2", ["a2"]), ("t3", ["a3"])],
    note="78.5/80 = 0.9812. Cattle growth 6.2/5 = 1.24 (the amount 3.6万头 does not answer a growth target). Poultry 1-9月 896/1200 = 0.7467; the forecast 1180万羽 does not (would-be 0.9833); 下降2.1% has no target.")

# 25 脱贫劳动力务工: total with 其中 parts and completion share, workshops recognised vs under review
P = "截至9月底"
row("市人力资源社会保障局、市乡村振兴局",
    "稳定脱贫劳动力务工就业4.8万人,新建就业帮扶车间10个,吸纳脱贫人口就业500人以上。",
    "截至9月底,全市脱贫劳动力务工就业5.02万人,完成年度目标任务的104.6%,其中省外务工2.3万人、县内就近就业1.86万人;新认定就业帮扶车间8个,另有3个正在审核,帮扶车间吸纳脱贫人口就业412人。",
    targets=[M("4.8万人", 4.8, "万人", "脱贫劳动力务工就业"),
             M("10个", 10, "个", "新建就业帮扶车间"),
             M("500人", 500, "人", "帮扶车间吸纳脱贫人口就业", bound="min")],
    actuals=[M("5.02万人", 5.02, "万人", "脱贫劳动力务工就业", period=P),
             M("104.6%", 104.6, "%", "完成年度目标任务的(比例)", period=P),
             M("2.3万人", 2.3, "万人", "省外务工", period=P),
             M("1.86万人", 1.86, "万人", "县内就近就业", period=P),
             M("8个", 8, "个", "新认定就业帮扶车间", period=P),
             M("3个", 3, "个", "正在审核的帮扶车间(candidates)", period=P),
             M("412人", 412, "人", "帮扶车间吸纳脱贫人口就业", period=P)],
    pairs=[("t1", ["a1"]), ("t2", ["a5"]), ("t3", ["a7"])],
    note="5.02/4.8 = 1.0458 (104.6% is the share); 省外 and 县内 are parts. Workshops 8/10 = 0.8; the 3 under review are candidates (would-be sum 1.1). 412/500 = 0.824.")

# 26 农产品认证: one target met by three kinds (combine sum), applications under review
row("市农业农村局(农产品质量安全)",
    "新增绿色食品、有机农产品和农产品地理标志认证产品25个。",
    "今年新获绿色食品认证14个、有机农产品认证6个、农产品地理标志登记2个,另有9个产品已提交认证申请正在审核。",
    targets=[M("25个", 25, "个", "新增绿色食品、有机农产品和农产品地理标志认证产品")],
    actuals=[M("14个", 14, "个", "新获绿色食品认证", period="今年"),
             M("6个", 6, "个", "新获有机农产品认证", period="今年"),
             M("2个", 2, "个", "农产品地理标志登记", period="今年"),
             M("9个", 9, "个", "已提交认证申请正在审核(candidates)")],
    pairs=[("t1", ["a1", "a2", "a3"])],
    note="The target covers three kinds: 14 + 6 + 2 = 22 against 25 (combine sum, 0.88). The 9 under review are only submitted (would-be sum 1.24).")

# 27 农林牧渔业总产值: growth target with only a baseline (no rate stated), level to date, parts
P = "前三季度"
row("县统计局、县农业农村局",
    "农林牧渔业总产值增长4%,达到96亿元。",
    "前三季度,全县农林牧渔业总产值68.7亿元,上年同期为66.4亿元;其中农业产值39.2亿元、牧业产值21.5亿元。",
    targets=[M("4%", 4, "%", "农林牧渔业总产值", kind="growth"),
             M("96亿元", 96, "亿元", "农林牧渔业总产值")],
    actuals=[M("68.7亿元", 68.7, "亿元", "农林牧渔业总产值", period=P),
             M("66.4亿元", 66.4, "亿元", "上年同期农林牧渔业总产值(baseline)"),
             M("39.2亿元", 39.2, "亿元", "农业产值", period=P),
             M("21.5亿元", 21.5, "亿元", "牧业产值", period=P)],
    pairs=[("t2", ["a1"])],
    note="68.7/96 = 0.7156. No growth rate is stated, only last year's figure (implied 68.7/66.4 - 1 = 3.46%): the growth target is unpaired. 农业 and 牧业 are parts.")

# 28 村集体经济收入: 亿元 target answered in 万元, operating part, class thresholds in both columns
row("县农业农村局、县委组织部",
    "村级集体经济总收入达到1.5亿元,年经营性收入50万元以上的村达到20个。",
    "全县村级集体经济总收入15860万元,同比增长12.4%,其中经营性收入9230万元;经营性收入50万元以上的村23个,100万元以上的村6个。",
    targets=[M("1.5亿元", 1.5, "亿元", "村级集体经济总收入"),
             M("20个", 20, "个", "年经营性收入50万元以上的村")],
    other=[O("50万元", 50, "万元", "class threshold (经营性收入50万元以上的村)")],
    actuals=[M("15860万元", 15860, "万元", "村级集体经济总收入"),
             M("12.4%", 12.4, "%", "村级集体经济总收入同比增长", kind="growth"),
             M("9230万元", 9230, "万元", "经营性收入"),
             M("50万元", 50, "万元", "经营性收入50万元以上(class threshold)"),
             M("23个", 23, "个", "经营性收入50万元以上的村"),
             M("100万元", 100, "万元", "100万元以上(class threshold)"),
             M("6个", 6, "个", "经营性收入100万元以上的村")],
    pairs=[("t1", ["a1"]), ("t2", ["a5"])],
    note="15860万元 = 1.586亿元 against 1.5亿元 (1.0573); 经营性收入9230万元 is a part. Villages over 50万元: 23/20 = 1.15; the 6 over 100万元 are a narrower class within them.")

# 29 生豬 (traditional): 出欄 to date vs forecast, a decline, 能繁母豬 approx target
P = "截至9月末"
row("市農業農村局",
    "全年生豬出欄穩定在120萬頭以上,能繁母豬存欄保持在7.2萬頭左右。",
    "截至9月末,全市生豬出欄89.4萬頭,同比下降1.8%,預計全年出欄121萬頭;能繁母豬存欄7.08萬頭,處於產能調控綠色區域。",
    targets=[M("120萬頭", 120, "萬頭", "生豬出欄", bound="min"),
             M("7.2萬頭", 7.2, "萬頭", "能繁母豬存欄", bound="approx")],
    actuals=[M("89.4萬頭", 89.4, "萬頭", "生豬出欄", period=P),
             M("1.8%", 1.8, "%", "生豬出欄同比下降", kind="reduction", period=P),
             M("121萬頭", 121, "萬頭", "預計全年出欄(forecast)"),
             M("7.08萬頭", 7.08, "萬頭", "能繁母豬存欄", period=P)],
    pairs=[("t1", ["a1"]), ("t2", ["a4"])],
    note="Traditional characters. 出欄 to 9月末 89.4/120 = 0.745; the forecast 121萬頭 does not answer (would-be 1.0083). 7.08/7.2 = 0.9833. 下降1.8% has no target.")

# 30 问题厕所整改 (Chinese numerals in the task): rectified vs found, rate, public toilets built vs structure only
row("县农业农村局、各乡镇人民政府",
    "完成农村问题厕所整改八百户,新建农村公共厕所十五座。",
    "已完成问题厕所摸排1026户,整改到位763户,整改率74.4%;新建农村公共厕所12座,另3座已完成主体。",
    targets=[M("八百户", 800, "户", "农村问题厕所整改"),
             M("十五座", 15, "座", "新建农村公共厕所")],
    actuals=[M("1026户", 1026, "户", "问题厕所摸排(scope)"),
             M("763户", 763, "户", "整改到位"),
             M("74.4%", 74.4, "%", "整改率"),
             M("12座", 12, "座", "新建农村公共厕所"),
             M("3座", 3, "座", "已完成主体的公共厕所")],
    pairs=[("t1", ["a2"]), ("t2", ["a4"])],
    note="Chinese numerals in the task (八百户, 十五座). 763/800 = 0.9537 (74.4% is over the 1026 found, not over the target). 12/15 = 0.8; the 3 with only the structure done do not count (would-be sum 1.0).")

# 31 数字农业 (nothing answers): bases only designed, greenhouses only tendered with a planned area
row("县农业农村局、县大数据中心",
    "建设数字农业示范基地3个,建成智慧大棚200亩。",
    "3个示范基地已完成选址和设计,智慧大棚项目已完成招标,中标金额1280万元,计划建设面积210亩,预计明年4月投入使用。",
    targets=[M("3个", 3, "个", "建设数字农业示范基地"),
             M("200亩", 200, "亩", "建成智慧大棚")],
    actuals=[M("3个", 3, "个", "已完成选址和设计的示范基地(preparation)"),
             M("1280万元", 1280, "万元", "智慧大棚中标金额"),
             M("210亩", 210, "亩", "计划建设面积(plan)")],
    note="Nothing answers: the 3 bases are only sited and designed (would-be 1.0); the greenhouses are only tendered, with 210亩 planned (would-be 1.05) and use expected 明年4月.")

# 32 脱贫人口收入: growth min target and level target, full-year results, a share, baseline
P = "全年"
row("县乡村振兴局、国家统计局县调查队",
    "脱贫人口人均纯收入增长10%以上,达到16000元。",
    "全年全县脱贫人口人均纯收入16420元,同比增长11.3%,其中工资性收入占比61%;上年为14753元。",
    targets=[M("10%", 10, "%", "脱贫人口人均纯收入", kind="growth", bound="min"),
             M("16000元", 16000, "元", "脱贫人口人均纯收入")],
    actuals=[M("16420元", 16420, "元", "脱贫人口人均纯收入", period=P),
             M("11.3%", 11.3, "%", "脱贫人口人均纯收入同比增长", kind="growth", period=P),
             M("61%", 61, "%", "工资性收入占比", period=P),
             M("14753元", 14753, "元", "上年脱贫人口人均纯收入(baseline)")],
    pairs=[("t1", ["a2"]), ("t2", ["a1"])],
    note="Growth 11.3/10 = 1.13; level 16420/16000 = 1.0263. 14753元 is last year's baseline; 61% is a composition share.")

# 33 农业生产托管: 万亩次 total, full-custody part in 万亩, households served
row("县农业农村局(经管站)、县供销合作社",
    "农业生产托管服务面积达到35万亩次,其中全程托管8万亩。",
    "全县开展农业生产托管服务面积38.6万亩次,服务小农户4.2万户;其中全程托管7.5万亩,单环节托管31.1万亩次。",
    targets=[M("35万亩次", 35, "万亩次", "农业生产托管服务面积"),
             M("8万亩", 8, "万亩", "全程托管")],
    actuals=[M("38.6万亩次", 38.6, "万亩次", "农业生产托管服务面积"),
             M("4.2万户", 4.2, "万户", "服务小农户"),
             M("7.5万亩", 7.5, "万亩", "全程托管"),
             M("31.1万亩次", 31.1, "万亩次", "单环节托管")],
    pairs=[("t1", ["a1"]), ("t2", ["a3"])],
    note="38.6/35 = 1.1029 (亩次 counts each service round). Full custody 7.5/8 = 0.9375; 单环节 is the other part.")

# 34 冬小麦播种: sown to date answers, share of plan, last year's harvested area as baseline
P = "截至11月20日"
row("县农业农村局",
    "完成冬小麦播种面积26万亩。",
    "截至11月20日,全县冬小麦已播种24.7万亩,占计划的95%;上年同期冬小麦收获面积25.8万亩。",
    targets=[M("26万亩", 26, "万亩", "冬小麦播种面积")],
    actuals=[M("24.7万亩", 24.7, "万亩", "冬小麦已播种", period=P),
             M("95%", 95, "%", "占计划的(比例)", period=P),
             M("25.8万亩", 25.8, "万亩", "上年同期冬小麦收获面积(baseline)")],
    pairs=[("t1", ["a1"])],
    note="24.7/26 = 0.95 (the text's 95% is the share). 25.8万亩 is last year's harvested area: another year and another measure. 11月20日 is a date.")

# 35 村内道路/产业路: 公里 and 米, another road class, 产业路 + 资源路 (combine sum)
row("县交通运输局、县乡村振兴局",
    "实施村内道路硬化12公里,建设产业路、资源路8公里。",
    "完成村内道路硬化9.6公里,另完成入户道路硬化3400米;产业路建成5.2公里、资源路建成2100米。",
    targets=[M("12公里", 12, "公里", "村内道路硬化"),
             M("8公里", 8, "公里", "建设产业路、资源路")],
    actuals=[M("9.6公里", 9.6, "公里", "村内道路硬化"),
             M("3400米", 3400, "米", "入户道路硬化"),
             M("5.2公里", 5.2, "公里", "产业路建成"),
             M("2100米", 2100, "米", "资源路建成")],
    pairs=[("t1", ["a1"]), ("t2", ["a3", "a4"])],
    note="村内道路 9.6/12 = 0.8; 入户道路 3400米 is another road class, not added (would-be sum 1.0833). The one target covers both road kinds: 5.2公里 + 2100米 = 7300米 against 8公里 (combine sum, 0.9125).")

# 36 高素质农民培训 (full-width digits): trainees and managers, sessions, completion share
P = "截至１０月底"
row("市农业农村局(农广校)",
    "培育高素质农民１２００人,其中农业经理人１５０人。",
    "截至１０月底,已开班２８期,培训高素质农民１０８６人,其中农业经理人１６２人,完成年度任务的９０．５%。",
    targets=[M("１２００人", 1200, "人", "培育高素质农民"),
             M("１５０人", 150, "人", "农业经理人")],
    actuals=[M("２８期", 28, "期", "开班", period=P),
             M("１０８６人", 1086, "人", "培训高素质农民", period=P),
             M("１６２人", 162, "人", "农业经理人", period=P),
             M("９０．５%", 90.5, "%", "完成年度任务的(比例)", period=P)],
    pairs=[("t1", ["a2"]), ("t2", ["a3"])],
    note="Full-width digits. 1086/1200 = 0.905 (the text's 90.5% is the share, not paired); managers 162/150 = 1.08. 28期 are sessions.")

# 37 銜接資金 (traditional): funds issued with three 其中 parts, spending, industry share answers the min share
row("縣鄉村振興局、縣財政局",
    "統籌銜接推進鄉村振興補助資金3.2億元,用於產業發展的比重不低於60%。",
    "今年累計下達銜接資金3.46億元,其中中央資金2.1億元、省級資金0.92億元、市縣資金0.44億元;已支出2.85億元,支出進度82.4%;用於產業發展資金2.19億元,佔63.3%。",
    targets=[M("3.2億元", 3.2, "億元", "銜接推進鄉村振興補助資金"),
             M("60%", 60, "%", "用於產業發展的比重", bound="min")],
    actuals=[M("3.46億元", 3.46, "億元", "累計下達銜接資金", period="今年"),
             M("2.1億元", 2.1, "億元", "中央資金", period="今年"),
             M("0.92億元", 0.92, "億元", "省級資金", period="今年"),
             M("0.44億元", 0.44, "億元", "市縣資金", period="今年"),
             M("2.85億元", 2.85, "億元", "已支出"),
             M("82.4%", 82.4, "%", "支出進度"),
             M("2.19億元", 2.19, "億元", "用於產業發展資金"),
             M("63.3%", 63.3, "%", "用於產業發展的比重")],
    pairs=[("t1", ["a1"]), ("t2", ["a8"])],
    note="Traditional characters. The funds issued this year 3.46/3.2 = 1.0813 (累計 here is year to date; the three sources are its parts). Spending 2.85億元 and 82.4% are another measure. Industry share 63.3/60 = 1.055.")

# 38 设施蔬菜: new area with 分别 parts, bases count, output to date, growth with no target
row("市农业农村局、市商务局",
    "新增设施蔬菜面积1.5万亩,蔬菜总产量达到110万吨。",
    "新建设施蔬菜基地12个,新增设施蔬菜面积1.62万亩,其中连栋大棚、日光温室分别为0.38万亩和1.24万亩;1-11月蔬菜产量96.5万吨,同比增长3.7%。",
    targets=[M("1.5万亩", 1.5, "万亩", "新增设施蔬菜面积"),
             M("110万吨", 110, "万吨", "蔬菜总产量")],
    actuals=[M("12个", 12, "个", "新建设施蔬菜基地"),
             M("1.62万亩", 1.62, "万亩", "新增设施蔬菜面积"),
             M("0.38万亩", 0.38, "万亩", "连栋大棚"),
             M("1.24万亩", 1.24, "万亩", "日光温室"),
             M("96.5万吨", 96.5, "万吨", "蔬菜产量", period="1-11月"),
             M("3.7%", 3.7, "%", "蔬菜产量同比增长", kind="growth", period="1-11月")],
    pairs=[("t1", ["a2"]), ("t2", ["a5"])],
    note="1.62/1.5 = 1.08; the 分别 parts 0.38 + 1.24 make up the total and are not added again. 1-11月 output 96.5/110 = 0.8773; 3.7% has no growth target.")

# 39 土地整治: projects and scale as scope, accepted new farmland with 含 paddy part, area still in works
row("县自然资源局、县农业农村局",
    "实施土地综合整治,新增耕地1200亩,其中新增水田400亩。",
    "已完成土地整治项目立项9个,涉及整治规模5600亩;其中已验收新增耕地835亩(含水田310亩),另有420亩正在实施工程建设。",
    targets=[M("1200亩", 1200, "亩", "新增耕地"),
             M("400亩", 400, "亩", "新增水田")],
    actuals=[M("9个", 9, "个", "土地整治项目立项"),
             M("5600亩", 5600, "亩", "整治规模(scope)"),
             M("835亩", 835, "亩", "已验收新增耕地"),
             M("310亩", 310, "亩", "已验收新增水田"),
             M("420亩", 420, "亩", "正在实施工程建设")],
    pairs=[("t1", ["a3"]), ("t2", ["a4"])],
    note="New farmland counts once accepted: 835/1200 = 0.6958; the 420亩 under construction does not (would-be sum 1.0458). Paddy 310/400 = 0.775. 5600亩 is the project scale.")

# 40 化肥农药减量: reduction targets answered by reductions, an amount with no target, utilisation rates
P = "全年"
row("市农业农村局、市生态环境局",
    "化肥使用量减少2%,农药使用量下降3%,畜禽粪污综合利用率达到92%以上。",
    "全年全县化肥使用量(折纯)4.12万吨,同比减少2.6%;农药使用量同比下降2.4%;畜禽粪污综合利用率达到93.1%,秸秆综合利用率95.2%。",
    targets=[M("2%", 2, "%", "化肥使用量", kind="reduction", nth=0),
             M("3%", 3, "%", "农药使用量", kind="reduction"),
             M("92%", 92, "%", "畜禽粪污综合利用率", bound="min")],
    actuals=[M("4.12万吨", 4.12, "万吨", "化肥使用量(折纯)", period=P),
             M("2.6%", 2.6, "%", "化肥使用量同比减少", kind="reduction", period=P),
             M("2.4%", 2.4, "%", "农药使用量同比下降", kind="reduction", period=P),
             M("93.1%", 93.1, "%", "畜禽粪污综合利用率", period=P),
             M("95.2%", 95.2, "%", "秸秆综合利用率", period=P)],
    pairs=[("t1", ["a2"]), ("t2", ["a3"]), ("t3", ["a4"])],
    note="Reductions pair with reductions: 2.6/2 = 1.3, 2.4/3 = 0.8. 93.1/92 = 1.012. The amount 4.12万吨 and 秸秆 95.2% have no target. '2%' nth 1 lies inside '92%'.")


probe.write(Path(__file__).with_name("probe-rural.gold.jsonl"))
