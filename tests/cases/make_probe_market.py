"""Writes probe-market.gold.jsonl: 40 rows written for this probe (not taken from any report) and
hand-annotated in the gold schema (corpus/SCHEMA.md). Each row is one line of a city's 2024 key-work
progress table (重点工作推进情况表, as of 30 September) for market regulation, consumption and trade
(市场监督管理局/知识产权局, 商务局, 统计局, 口岸办, 邮政管理局, 供销社, 各区县人民政府): the task is the
year's target (社会消费品零售总额 增长X% and 亿元, 限上企业新增 X家 by trade, 消费券 万元 and 带动消费,
汽车/家电以旧换新 辆/万台, 夜间经济集聚区 个 and 夜间消费额增长, 首店 家, 展会 场/万平方米/交易额,
步行街 公里/万平方米, 一刻钟便民生活圈 个 (各X个), 县域商业 乡镇商贸中心/村级便民商店, 再生资源回收
网点 个 and 万吨, 网络零售额 and 电商主体, 跨境电商 and 海外仓, 外贸进出口 and 出口增长, 实际使用外资
亿美元, 住宿餐饮营业额增长, 食品安全抽检 批次 and 每千人批次, 不合格产品核查处置率, 明厨亮灶, 校园食品
检查, 药品抽检 and 执业药师配备率, 产品质量监督抽查, 特种设备定期检验 台(套) and 定检率, 老旧电梯更新,
气瓶赋码, 强制检定计量器具 and 加油机, 发明专利授权 件 and 每万人口高价值发明专利拥有量, 商标注册 and
地理标志, 知识产权质押融资 亿元 and 专利转让许可, 行政裁决 结案率, 质量基础设施 服务站/计量标准/标准
制修订, 质量奖 and 标准化试点, 经营主体 户 and 增长, 企业开办 时间 (以内), 双随机 抽查 and 信用修复,
涉企收费 退还 万元, 12315 投诉 办结率/时长/下降, 放心消费单位, 网络交易监测, 食品生产企业分级 and
小作坊), the progress is what the bureau reported (截至9月底 / 1-8月 / 1-9月 / 前三季度 periods, 同比
growth and falls, 累计 vs 今年, 其中 parts, 分别 lists, 各 targets and 均 actuals, sums of listed parts
answering a total (住宿业 + 餐饮业, 区域首店 + 全国首店), 完成年度任务的X% completion shares, restated
and changed targets, 预计 forecasts vs 初步测算 estimates for an elapsed period, candidates (已提交申报,
待公示, 待验收, 公告期, 已签订协议, 在建), broader aggregates (意向及现场成交额 for 交易额), 上年
baselines, a 个百分点 target with only the two levels given, a subject elided after a share clause,
per-capita rates, stocks, class thresholds, and rows where nothing answers). The bureaus in charge
are the row's owners. Seven rows are in traditional characters; four use full-width digits and
three Chinese numerals.
Checks (gold_writer.py) that every annotated string occurs (nth), that no two mentions of a column
claim the same or overlapping spans, that no mention starts inside a longer number, that every
period occurs in the progress text, computes ratios, and lists digit and numeral runs left
unannotated (dates, months and years, the hotline code 12315, hours 18时/2时, ordinals 第6轮/第二批/
第3个/第四届, phase labels 一期/二期, the per-capita bases 每千人/每万人口, and the 点 of 试点 and
the 一 of “双随机、一公开”, parts of words).
Run: cd tests/cases && python make_probe_market.py"""
from pathlib import Path

from gold_writer import M, O, ProbeSet

probe = ProbeSet("probe25")
row = probe.row


# ---------------------------------------------------------------------------------------------
# Market regulation, consumption and trade: a city's progress table as of 30 September (items 1-40)
# ---------------------------------------------------------------------------------------------

# 1 社会消费品零售总额: approx growth target, a min level target answered by the 1-8月 amount, changes in 个百分点
P = "1-8月"
row("市商务局、市统计局、各区县人民政府",
    "社会消费品零售总额增长6.5%左右,总量力争突破1000亿元;限额以上单位消费品零售额增长8%。",
    "1-8月,全市实现社会消费品零售总额658.4亿元,同比增长5.8%,增速较上半年回落0.3个百分点,高于全省平均水平0.6个百分点;其中限额以上单位消费品零售额276.5亿元,增长7.2%。9月数据待统计部门发布。",
    targets=[M("6.5%", 6.5, "%", "社会消费品零售总额增长", kind="growth", bound="approx"),
             M("1000亿元", 1000, "亿元", "社会消费品零售总额", bound="min"),
             M("8%", 8, "%", "限额以上单位消费品零售额增长", kind="growth")],
    actuals=[M("658.4亿元", 658.4, "亿元", "社会消费品零售总额", period=P),
             M("5.8%", 5.8, "%", "社会消费品零售总额同比增长", kind="growth", period=P),
             M("0.3个百分点", 0.3, "个百分点", "增速较上半年回落", kind="reduction", period=P),
             M("0.6个百分点", 0.6, "个百分点", "增速高于全省平均水平", period=P),
             M("276.5亿元", 276.5, "亿元", "限额以上单位消费品零售额", period=P),
             M("7.2%", 7.2, "%", "限额以上单位消费品零售额增长", kind="growth", period=P)],
    pairs=[("t1", ["a2"]), ("t2", ["a1"]), ("t3", ["a6"])],
    note="Growth pairs with growth: 5.8/6.5 = 0.8923, 7.2/8 = 0.9. The 1-8月 amount answers the year's level target as progress so far: 658.4/1000 = 0.6584. The two 个百分点 are changes of the growth rate against the half-year and the province, with no target. 9月 is a month (data not yet out).")

# 2 限上企业: the total and its trade parts; 住宿餐饮 answered by the sum of 住宿业 + 餐饮业; candidates awaiting review
P = "截至9月底"
row("市商务局、市统计局、市发展改革委",
    "新增限额以上批发零售住宿餐饮企业150家,其中批发业60家、零售业50家、住宿餐饮业40家。",
    "截至9月底,全市新增入库限上企业126家,其中批发业58家、零售业41家、住宿业9家、餐饮业18家;另有23家企业已提交入库申报材料,待省统计局审核。",
    targets=[M("150家", 150, "家", "新增限额以上批发零售住宿餐饮企业"),
             M("60家", 60, "家", "新增限额以上批发业企业"),
             M("50家", 50, "家", "新增限额以上零售业企业", nth=1),
             M("40家", 40, "家", "新增限额以上住宿餐饮业企业")],
    actuals=[M("126家", 126, "家", "新增入库限上企业", period=P),
             M("58家", 58, "家", "新增入库批发业", period=P),
             M("41家", 41, "家", "新增入库零售业", period=P),
             M("9家", 9, "家", "新增入库住宿业", period=P),
             M("18家", 18, "家", "新增入库餐饮业", period=P),
             M("23家", 23, "家", "已提交入库申报材料企业(candidates)")],
    pairs=[("t1", ["a1"]), ("t2", ["a2"]), ("t3", ["a3"]), ("t4", ["a4", "a5"])],
    note="126/150 = 0.84 (58 + 41 + 9 + 18 = 126). 58/60 = 0.9667; 41/50 = 0.82 ('50家' nth 0 lies inside '150家'). The 住宿餐饮业 target is met by the sum of its two listed parts, 9 + 18 = 27 (combine sum, 0.675). The 23 firms only submitted for review are candidates (would-be 149/150 = 0.9933).")

# 3 消费券: vouchers issued answer the fund, 其中 parts, a redemption rate, a planned round (forecast), 带动 approx
P = "截至9月底"
row("市商务局、市财政局、市文化广电旅游局",
    "统筹安排促消费专项资金3000万元,分批发放汽车、家电、餐饮文旅等消费券,撬动消费5亿元以上。",
    "截至9月底,已分5轮发放各类消费券2460万元,其中汽车消费券1200万元、家电消费券680万元、餐饮文旅消费券580万元,核销率91.3%,直接带动消费约4.12亿元;第6轮消费券540万元计划于国庆期间发放。",
    targets=[M("3000万元", 3000, "万元", "促消费专项资金(发放消费券)"),
             M("5亿元", 5, "亿元", "撬动消费", bound="min")],
    actuals=[M("5轮", 5, "轮", "发放消费券轮次", period=P),
             M("2460万元", 2460, "万元", "已发放消费券", period=P),
             M("1200万元", 1200, "万元", "汽车消费券", period=P),
             M("680万元", 680, "万元", "家电消费券", period=P),
             M("580万元", 580, "万元", "餐饮文旅消费券", period=P),
             M("91.3%", 91.3, "%", "消费券核销率", period=P),
             M("4.12亿元", 4.12, "亿元", "直接带动消费", period=P),
             M("540万元", 540, "万元", "计划国庆期间发放消费券(forecast)")],
    pairs=[("t1", ["a2"]), ("t2", ["a7"])],
    note="The fund is spent as vouchers: 2460/3000 = 0.82 (its parts 1200 + 680 + 580 add up to it). 4.12/5 = 0.824 (约 on an actual is not a bound). The 540万元 round is only planned for 国庆 (would-be sum 1.0). 第6轮 is an ordinal; the redemption rate has no target.")

# 4 食品安全抽检: batches with a completion share, a per-thousand rate, the 其中 农产品 part, failures without target
P = "截至9月底"
row("市市场监督管理局",
    "完成食品安全监督抽检12000批次,抽检量达到每千人6批次以上,其中食用农产品抽检不少于4000批次。",
    "截至9月底,全市完成食品安全监督抽检10356批次,完成年度任务的86.3%,按常住人口测算每千人5.2批次;其中食用农产品抽检3918批次;检出不合格样品186批次,不合格率1.8%。",
    targets=[M("12000批次", 12000, "批次", "食品安全监督抽检"),
             M("6批次", 6, "批次", "每千人食品安全抽检量", bound="min"),
             M("4000批次", 4000, "批次", "食用农产品抽检", bound="min")],
    actuals=[M("10356批次", 10356, "批次", "完成食品安全监督抽检", period=P),
             M("86.3%", 86.3, "%", "完成年度任务的(比例)", period=P),
             M("5.2批次", 5.2, "批次", "每千人抽检量", period=P),
             M("3918批次", 3918, "批次", "食用农产品抽检", period=P),
             M("186批次", 186, "批次", "检出不合格样品", period=P),
             M("1.8%", 1.8, "%", "抽检不合格率", period=P)],
    pairs=[("t1", ["a1"]), ("t2", ["a3"]), ("t3", ["a4"])],
    note="10356/12000 = 0.863 (the text's 86.3%, a share that does not pair with the amount target). The per-thousand rate answers the per-thousand target: 5.2/6 = 0.8667. 3918/4000 = 0.9795. Failures and the failure rate have no target. 每千人 is the rate's base, not a quantity.")

# 5 不合格食品核查处置: a completion rate answers the 100% rate, 全部启动 is only started, cases and transfers
P = "前三季度"
row("市市场监督管理局、市公安局",
    "抽检不合格食品核查处置率达到100%;查办食品安全违法案件300件以上,移送涉嫌犯罪案件不少于10件。",
    "对前三季度抽检发现的186批次不合格食品全部启动核查处置,已完成核查处置178批次,核查处置完成率95.7%,其余8批次涉及外省生产企业,正在协查中;查办食品安全案件264件,罚没款486.5万元,移送公安机关9件。",
    targets=[M("100%", 100, "%", "抽检不合格食品核查处置率"),
             M("300件", 300, "件", "查办食品安全违法案件", bound="min"),
             M("10件", 10, "件", "移送涉嫌犯罪案件", bound="min")],
    actuals=[M("186批次", 186, "批次", "抽检发现不合格食品(scope)", period=P),
             M("178批次", 178, "批次", "已完成核查处置", period=P),
             M("95.7%", 95.7, "%", "核查处置完成率", period=P),
             M("8批次", 8, "批次", "正在协查的不合格食品", nth=1, period=P),
             M("264件", 264, "件", "查办食品安全案件"),
             M("486.5万元", 486.5, "万元", "罚没款"),
             M("9件", 9, "件", "移送公安机关案件")],
    pairs=[("t1", ["a3"]), ("t2", ["a5"]), ("t3", ["a7"])],
    note="全部启动 only starts the work: the rate of completed handling answers, 95.7/100 = 0.957 (178/186 its numerator and denominator; the 8 still under inter-provincial checks are not done). '8批次' nth 0 lies inside '178批次'. 264/300 = 0.88; 9/10 = 0.9. The fines have no target.")

# 6 特种设备: 万台(套) and 万台, one 均 actual answering two rate targets, old-lift renewal done vs contracted vs assessed
P = "截至9月底"
row("市市场监督管理局(特种设备安全监察处)、市特种设备检验研究院",
    "完成特种设备定期检验2.6万台(套),其中电梯1.8万台;电梯定期检验率达到99%,锅炉定期检验率达到98%;推动住宅老旧电梯更新改造150台。",
    "截至9月底,全市完成特种设备定期检验2.14万台(套),其中电梯1.52万台、锅炉612台、压力容器3860台,电梯、锅炉定期检验率均保持在99.5%以上;老旧电梯更新改造已完成63台,另有54台已签订改造合同正在施工,33台完成安全评估待筹资。",
    targets=[M("2.6万台(套)", 2.6, "万台(套)", "特种设备定期检验"),
             M("1.8万台", 1.8, "万台", "电梯定期检验"),
             M("99%", 99, "%", "电梯定期检验率"),
             M("98%", 98, "%", "锅炉定期检验率"),
             M("150台", 150, "台", "住宅老旧电梯更新改造")],
    actuals=[M("2.14万台(套)", 2.14, "万台(套)", "完成特种设备定期检验", period=P),
             M("1.52万台", 1.52, "万台", "电梯定期检验", period=P),
             M("612台", 612, "台", "锅炉定期检验", period=P),
             M("3860台", 3860, "台", "压力容器定期检验", period=P),
             M("99.5%", 99.5, "%", "电梯、锅炉定期检验率(均)", period=P),
             M("63台", 63, "台", "老旧电梯更新改造已完成", period=P),
             M("54台", 54, "台", "已签订合同正在施工的老旧电梯"),
             M("33台", 33, "台", "完成安全评估待筹资的老旧电梯")],
    pairs=[("t1", ["a1"]), ("t2", ["a2"]), ("t3", ["a5"]), ("t4", ["a5"]), ("t5", ["a6"])],
    note="2.14/2.6 = 0.8231; lifts 1.52/1.8 = 0.8444. A、B均…99.5%以上: one mention answers both rate targets (99.5/99 = 1.0051, 99.5/98 = 1.0153). Renewal done 63/150 = 0.42; the 54 under construction and the 33 only assessed do not count (would-be sum 1.0). Boilers and pressure vessels have no count target.")

# 7 专利: grants YTD and growth, the stock of valid patents, a per-10,000 rate answered, its change on the year start
row("市市场监督管理局(市知识产权局)、市科技局",
    "发明专利授权量达到1800件,增长10%以上;每万人口高价值发明专利拥有量达到12件。",
    "1-9月,全市发明专利授权1384件,同比增长12.4%;截至9月底,全市有效发明专利6120件,其中高价值发明专利2280件,每万人口高价值发明专利拥有量11.4件,较年初增加1.3件。",
    targets=[M("1800件", 1800, "件", "发明专利授权量"),
             M("10%", 10, "%", "发明专利授权量增长", kind="growth", bound="min"),
             M("12件", 12, "件", "每万人口高价值发明专利拥有量")],
    actuals=[M("1384件", 1384, "件", "发明专利授权", period="1-9月"),
             M("12.4%", 12.4, "%", "发明专利授权同比增长", kind="growth", period="1-9月"),
             M("6120件", 6120, "件", "有效发明专利(stock)", period="截至9月底"),
             M("2280件", 2280, "件", "高价值发明专利(stock)", period="截至9月底"),
             M("11.4件", 11.4, "件", "每万人口高价值发明专利拥有量", period="截至9月底"),
             M("1.3件", 1.3, "件", "每万人口拥有量较年初增加")],
    pairs=[("t1", ["a1"]), ("t2", ["a2"]), ("t3", ["a5"])],
    note="1384/1800 = 0.7689 for 1-9月; growth 12.4/10 = 1.24. The per-10,000 rate answers: 11.4/12 = 0.95; the stock 2280件 is its numerator, not the rate (would-be 190). 较年初增加1.3件 is a change. 每万人口 is the rate's base.")

# 8 商标: new marks and the stock answered; one geographical-indication mark registered (no number) and one in 公告期
row("市市场监督管理局(市知识产权局)、市农业农村局",
    "新增注册商标1.2万件,有效注册商标总量突破10万件;新增地理标志证明商标2件。",
    "1-9月,全市新增注册商标9286件,有效注册商标总量达到10.37万件;“青溪杨梅”地理标志证明商标已获国家知识产权局核准注册,“云岭茶”已通过初审进入公告期,预计11月完成注册。",
    targets=[M("1.2万件", 1.2, "万件", "新增注册商标"),
             M("10万件", 10, "万件", "有效注册商标总量", bound="min"),
             M("2件", 2, "件", "新增地理标志证明商标")],
    actuals=[M("9286件", 9286, "件", "新增注册商标", period="1-9月"),
             M("10.37万件", 10.37, "万件", "有效注册商标总量", period="1-9月")],
    pairs=[("t1", ["a1"]), ("t2", ["a2"])],
    note="9286件 against 1.2万件: 0.7738. The stock target is answered by the stock: 10.37/10 = 1.037. The geographical-indication marks are named, not counted: one registered, one still in 公告期 (a candidate, 预计11月): unpaired (would-be 0.5).")

# 9 质量基础设施: stations built vs being fitted out, 今年 家次 served, new vs cumulative standards, 其中 国家标准
row("市市场监督管理局、市标准化研究院、市计量检定测试院",
    "建设质量基础设施“一站式”服务站10个,新建社会公用计量标准8项,主导或参与制修订国家标准、行业标准15项。",
    "已建成质量基础设施“一站式”服务站8个,今年累计服务企业1260家次,另2个正在装修;新建社会公用计量标准6项,全市累计达到93项;企业主导或参与制修订国家标准、行业标准17项,其中国家标准9项。",
    targets=[M("10个", 10, "个", "建设质量基础设施“一站式”服务站"),
             M("8项", 8, "项", "新建社会公用计量标准"),
             M("15项", 15, "项", "主导或参与制修订国家标准、行业标准")],
    actuals=[M("8个", 8, "个", "已建成“一站式”服务站"),
             M("1260家次", 1260, "家次", "服务企业", period="今年"),
             M("2个", 2, "个", "正在装修的服务站"),
             M("6项", 6, "项", "新建社会公用计量标准"),
             M("93项", 93, "项", "累计社会公用计量标准(stock)"),
             M("17项", 17, "项", "主导或参与制修订国家标准、行业标准"),
             M("9项", 9, "项", "其中国家标准")],
    pairs=[("t1", ["a1"]), ("t2", ["a4"]), ("t3", ["a6"])],
    note="8/10 = 0.8; the 2 being fitted out do not count (would-be sum 1.0). 6/8 = 0.75; the cumulative 93项 does not answer the 新建 target. 17/15 = 1.1333 (国家标准9项 is its part). Enterprises served have no target.")

# 10 农贸市场: accepted vs completed awaiting acceptance vs in construction (nth), 含 part answering the 新建 sub-target, a coverage rate
row("市市场监督管理局、市商务局、各区县人民政府",
    "完成农贸市场标准化改造提升20个,其中新建农贸市场3个;智慧农贸市场覆盖率达到50%。",
    "20个改造提升项目中,已完工并通过验收14个(含新建1个),完工待验收3个,在建3个(其中新建2个,主体已封顶);全市68个农贸市场中已有31个完成智慧化改造,覆盖率45.6%。",
    targets=[M("20个", 20, "个", "农贸市场标准化改造提升"),
             M("3个", 3, "个", "新建农贸市场"),
             M("50%", 50, "%", "智慧农贸市场覆盖率")],
    actuals=[M("20个", 20, "个", "改造提升项目(scope, restated)"),
             M("14个", 14, "个", "已完工并通过验收"),
             M("1个", 1, "个", "已验收项目中的新建农贸市场", nth=0),
             M("3个", 3, "个", "完工待验收项目", nth=0),
             M("3个", 3, "个", "在建项目", nth=1),
             M("2个", 2, "个", "在建新建农贸市场"),
             M("68个", 68, "个", "全市农贸市场(scope)"),
             M("31个", 31, "个", "完成智慧化改造农贸市场"),
             M("45.6%", 45.6, "%", "智慧农贸市场覆盖率")],
    pairs=[("t1", ["a2"]), ("t2", ["a3"]), ("t3", ["a9"])],
    note="20个 in the progress restates the scope. 标准化改造 is recognised on acceptance: 14/20 = 0.7 (with the 3 completed awaiting acceptance, would-be 0.85; the 3 in construction do not count). The 新建 sub-target: 1/3 = 0.3333 (the 2 new ones in construction would make 1.0). 45.6/50 = 0.912; 31/68 are its numerator and denominator.")

# 11 夜间经济: named areas recognised vs one awaiting announcement, a provincial candidate, growth answered, hours as non-quantities
P = "前三季度"
row("市商务局、市文化广电旅游局、鼓楼区人民政府",
    "培育市级夜间经济集聚区5个,争创省级夜间经济示范街区1个,夜间消费额增长15%。",
    "已认定市级夜间经济集聚区4个,滨江夜市已完成现场评审,待市政府公布;鼓楼老街已通过省商务厅复核,拟列入第二批省级夜间经济示范街区公示名单;据银联商务数据,前三季度全市夜间(18时至次日2时)消费额48.6亿元,同比增长17.2%,夜间客流1860万人次。",
    targets=[M("5个", 5, "个", "培育市级夜间经济集聚区"),
             M("1个", 1, "个", "争创省级夜间经济示范街区"),
             M("15%", 15, "%", "夜间消费额增长", kind="growth")],
    actuals=[M("4个", 4, "个", "已认定市级夜间经济集聚区"),
             M("48.6亿元", 48.6, "亿元", "夜间消费额", period=P),
             M("17.2%", 17.2, "%", "夜间消费额同比增长", kind="growth", period=P),
             M("1860万人次", 1860, "万人次", "夜间客流", period=P)],
    pairs=[("t1", ["a1"]), ("t3", ["a3"])],
    note="4/5 = 0.8; the 滨江夜市 awaiting announcement is a candidate (would-be 1.0). The provincial street is only proposed for the 公示 list (拟列入): unpaired (would-be 1.0). Growth 17.2/15 = 1.1467; the level 48.6亿元 and the footfall have no target. 18时/2时 are hours, 第二批 an ordinal.")

# 12 电商: YTD amount and growth, the 实物 part, a class threshold in both columns, the stock of large firms vs this year's new ones
P = "1-9月"
row("市商务局、市邮政管理局",
    "网络零售额达到420亿元,增长12%;年网络销售额超1亿元的电商企业总数达到10家;新增网店5000家。",
    "1-9月,全市实现网络零售额301.5亿元,同比增长13.6%,其中实物商品网络零售额256.8亿元,增长11.9%;年网络销售额超1亿元电商企业达到12家,其中今年新增3家;新增网店5164家,快递业务量3.86亿件。",
    targets=[M("420亿元", 420, "亿元", "网络零售额"),
             M("12%", 12, "%", "网络零售额增长", kind="growth"),
             M("10家", 10, "家", "年网络销售额超1亿元的电商企业总数"),
             M("5000家", 5000, "家", "新增网店")],
    other=[O("1亿元", 1, "亿元", "class threshold (年网络销售额超1亿元的电商企业)")],
    actuals=[M("301.5亿元", 301.5, "亿元", "网络零售额", period=P),
             M("13.6%", 13.6, "%", "网络零售额同比增长", kind="growth", period=P),
             M("256.8亿元", 256.8, "亿元", "实物商品网络零售额", period=P),
             M("11.9%", 11.9, "%", "实物商品网络零售额增长", kind="growth", period=P),
             M("1亿元", 1, "亿元", "超1亿元电商企业(class threshold)"),
             M("12家", 12, "家", "年网络销售额超1亿元电商企业(stock)"),
             M("3家", 3, "家", "今年新增超1亿元电商企业", period="今年"),
             M("5164家", 5164, "家", "新增网店", period=P),
             M("3.86亿件", 3.86, "亿件", "快递业务量", period=P)],
    pairs=[("t1", ["a1"]), ("t2", ["a2"]), ("t3", ["a6"]), ("t4", ["a8"])],
    note="301.5/420 = 0.7179 for 1-9月; growth 13.6/12 = 1.1333 (the 实物 growth 11.9% is a part, would-be 0.9917). The target is the total number of large e-commerce firms: 12/10 = 1.2; this year's 3 new ones are the addition (would-be 0.3). 5164/5000 = 1.0328. Parcels have no target.")

# 13 外贸: growth targets answered by growth, import fall (no target), 实际使用外资 亿美元 with a completion share, two periods
row("市商务局、市口岸办",
    "外贸进出口总值增长5%,其中出口增长6%;实际使用外资2亿美元。",
    "据海关统计,1-8月全市外贸进出口总值386.2亿元,同比增长3.4%,其中出口271.5亿元,增长6.9%,进口114.7亿元,下降3.8%;1-9月实际使用外资1.42亿美元,完成年度目标的71%。",
    targets=[M("5%", 5, "%", "外贸进出口总值增长", kind="growth"),
             M("6%", 6, "%", "出口增长", kind="growth"),
             M("2亿美元", 2, "亿美元", "实际使用外资")],
    actuals=[M("386.2亿元", 386.2, "亿元", "外贸进出口总值", period="1-8月"),
             M("3.4%", 3.4, "%", "外贸进出口总值同比增长", kind="growth", period="1-8月"),
             M("271.5亿元", 271.5, "亿元", "出口", period="1-8月"),
             M("6.9%", 6.9, "%", "出口增长", kind="growth", period="1-8月"),
             M("114.7亿元", 114.7, "亿元", "进口", period="1-8月"),
             M("3.8%", 3.8, "%", "进口下降", kind="reduction", period="1-8月"),
             M("1.42亿美元", 1.42, "亿美元", "实际使用外资", period="1-9月"),
             M("71%", 71, "%", "完成年度目标的(比例)", period="1-9月")],
    pairs=[("t1", ["a2"]), ("t2", ["a4"]), ("t3", ["a7"])],
    note="Growth targets pair with the growth actuals: 3.4/5 = 0.68, 6.9/6 = 1.15 (增长 elides 同比). The import fall has no target; the levels 386.2 = 271.5 + 114.7亿元 have no level target. 1.42/2 = 0.71 (the text's 71% is a share, not paired). Trade runs to 1-8月, investment to 1-9月.")

# 14 以舊換新 (traditional): applications accepted answer, 累計 within the campaign, 8類 as a count, 兩項 as scope
P = "截至9月底"
row("市商務局、市財政局、市公安局交警支隊",
    "開展汽車、家電以舊換新行動,完成汽車以舊換新補貼申請3000輛,家電以舊換新銷售5萬台,帶動消費8億元以上。",
    "截至9月底,全市受理汽車報廢更新和置換更新補貼申請2846輛,已審核撥付補貼資金2135萬元;家電以舊換新累計銷售8類家電4.37萬台,銷售額2.96億元;兩項合計帶動消費約7.4億元。",
    targets=[M("3000輛", 3000, "輛", "汽車以舊換新補貼申請"),
             M("5萬台", 5, "萬台", "家電以舊換新銷售"),
             M("8億元", 8, "億元", "以舊換新帶動消費", bound="min")],
    actuals=[M("2846輛", 2846, "輛", "受理汽車報廢更新和置換更新補貼申請", period=P),
             M("2135萬元", 2135, "萬元", "已撥付補貼資金", period=P),
             M("8類", 8, "類", "以舊換新家電品類", period=P),
             M("4.37萬台", 4.37, "萬台", "家電以舊換新累計銷售", period=P),
             M("2.96億元", 2.96, "億元", "家電以舊換新銷售額", period=P),
             M("兩項", 2, "項", "以舊換新行動(scope)"),
             M("7.4億元", 7.4, "億元", "兩項合計帶動消費", period=P)],
    pairs=[("t1", ["a1"]), ("t2", ["a4"]), ("t3", ["a7"])],
    note="Traditional characters. The target counts applications: 2846/3000 = 0.9487. 累計 here counts within this year's campaign: 4.37/5 = 0.874. The combined effect answers: 7.4/8 = 0.925 (the 家電 sales 2.96億元 are a part). Subsidy money has no target; 8類 counts appliance classes.")

# 15 明厨亮灶: 新增 answered (not the stock), a rate, school canteens 全覆盖 stated only in words in the task
P = "截至9月底"
row("市市场监督管理局、市教育局、市卫生健康委",
    "推进“互联网+明厨亮灶”建设,新增接入餐饮服务单位1500家,大中型餐饮单位覆盖率达到90%,学校食堂实现全覆盖。",
    "截至9月底,新增接入“互联网+明厨亮灶”平台餐饮服务单位1632家,全市累计接入4870家;大中型餐饮单位覆盖率87.4%;全市中小学校、幼儿园食堂826家已全部接入,覆盖率100%。",
    targets=[M("1500家", 1500, "家", "新增接入“互联网+明厨亮灶”餐饮服务单位"),
             M("90%", 90, "%", "大中型餐饮单位覆盖率")],
    actuals=[M("1632家", 1632, "家", "新增接入餐饮服务单位", period=P),
             M("4870家", 4870, "家", "累计接入(stock)", period=P),
             M("87.4%", 87.4, "%", "大中型餐饮单位覆盖率", period=P),
             M("826家", 826, "家", "中小学校、幼儿园食堂(scope)", period=P),
             M("100%", 100, "%", "学校食堂覆盖率", period=P)],
    pairs=[("t1", ["a1"]), ("t2", ["a3"])],
    note="1632/1500 = 1.088; the stock 4870家 does not answer the 新增 target. 87.4/90 = 0.9711. 学校食堂实现全覆盖 has no number in the task, so the school rate 100% has no target mention (would-be 1.0). “互联网+明厨亮灶” is a slogan.")

# 16 校园食品 (Chinese numerals): rounds completed vs the third under way, 家次 checked, problems found, a grading share
row("市市场监督管理局、市教育局",
    "开展校园及周边食品安全专项检查四轮,检查学校食堂、校外供餐单位不少于八百家次,学校食堂量化分级良好以上等级比例达到95%。",
    "已完成春季、秋季开学两轮专项检查,第三轮正在开展,共检查学校食堂、校外供餐单位六百四十二家次,发现并督促整改问题一百一十三个;全市学校食堂量化分级良好以上等级比例为96.2%。",
    targets=[M("四轮", 4, "轮", "校园及周边食品安全专项检查"),
             M("八百家次", 800, "家次", "检查学校食堂、校外供餐单位", bound="min"),
             M("95%", 95, "%", "学校食堂量化分级良好以上等级比例")],
    actuals=[M("两轮", 2, "轮", "已完成专项检查"),
             M("六百四十二家次", 642, "家次", "检查学校食堂、校外供餐单位"),
             M("一百一十三个", 113, "个", "发现并督促整改问题"),
             M("96.2%", 96.2, "%", "学校食堂量化分级良好以上等级比例")],
    pairs=[("t1", ["a1"]), ("t2", ["a2"]), ("t3", ["a4"])],
    note="Chinese numerals. Completed rounds answer: 2/4 = 0.5; the third is under way (第三轮 is an ordinal, would-be 0.75). 642/800 = 0.8025. 96.2/95 = 1.0126. Problems found have no target.")

# 17 藥品抽檢 (traditional): total and 分別 parts, the 藥品 sub-target, a pharmacist staffing rate with numerator and denominator
P = "截至9月底"
row("市市場監督管理局(藥品監督管理科)",
    "完成藥品、醫療器械、化妝品監督抽檢1200批次,其中藥品不少於600批次;藥品零售企業執業藥師配備率達到95%以上。",
    "截至9月底,共完成藥品、醫療器械、化妝品抽檢1046批次,其中藥品、醫療器械、化妝品分別抽檢578批次、216批次、252批次,抽檢合格率98.9%;全市1836家藥品零售企業中1762家已配備執業藥師,配備率96%。",
    targets=[M("1200批次", 1200, "批次", "藥品、醫療器械、化妝品監督抽檢"),
             M("600批次", 600, "批次", "藥品監督抽檢", bound="min"),
             M("95%", 95, "%", "藥品零售企業執業藥師配備率", bound="min")],
    actuals=[M("1046批次", 1046, "批次", "完成藥品、醫療器械、化妝品抽檢", period=P),
             M("578批次", 578, "批次", "藥品抽檢", period=P),
             M("216批次", 216, "批次", "醫療器械抽檢", period=P),
             M("252批次", 252, "批次", "化妝品抽檢", period=P),
             M("98.9%", 98.9, "%", "抽檢合格率", period=P),
             M("1836家", 1836, "家", "藥品零售企業(scope)"),
             M("1762家", 1762, "家", "已配備執業藥師的藥品零售企業"),
             M("96%", 96, "%", "執業藥師配備率")],
    pairs=[("t1", ["a1"]), ("t2", ["a2"]), ("t3", ["a8"])],
    note="Traditional characters. 1046/1200 = 0.8717 (the 分別 parts 578 + 216 + 252 add up to it); drugs 578/600 = 0.9633. 96/95 = 1.0105; 1762/1836 are its numerator and denominator. The pass rate has no target.")

# 18 计量 (full-width digits): YTD amount with growth, stations as scope, pumps answered, scales done vs the rest in Q4 (forecast)
P = "截至９月底"
row("市市场监督管理局、市计量检定测试院",
    "完成强制检定计量器具１５万台(件),检定加油机不少于２４００台,开展集贸市场“放心秤”检定１．２万台。",
    "截至９月底,完成强制检定计量器具１１．８万台(件),同比增长４．６%;检定全市３１２座加油站加油机２４５６台,实现全覆盖;农贸市场在用电子秤检定９８６０台,其余约２３００台将于第四季度完成。",
    targets=[M("１５万台(件)", 15, "万台(件)", "强制检定计量器具"),
             M("２４００台", 2400, "台", "检定加油机", bound="min"),
             M("１．２万台", 1.2, "万台", "集贸市场“放心秤”检定")],
    actuals=[M("１１．８万台(件)", 11.8, "万台(件)", "完成强制检定计量器具", period=P),
             M("４．６%", 4.6, "%", "强制检定同比增长", kind="growth", period=P),
             M("３１２座", 312, "座", "加油站(scope)", period=P),
             M("２４５６台", 2456, "台", "检定加油机", period=P),
             M("９８６０台", 9860, "台", "农贸市场在用电子秤检定", period=P),
             M("２３００台", 2300, "台", "第四季度将完成的电子秤检定(forecast)")],
    pairs=[("t1", ["a1"]), ("t2", ["a4"]), ("t3", ["a5"])],
    note="Full-width digits. 11.8/15 = 0.7867; the growth has no growth target. 2456/2400 = 1.0233; the 312 stations are the scope. Scales 9860台 against 1.2万台: 0.8217; the remaining 约2300台 are only planned for 第四季度 (would-be sum 1.0133). “放心秤” is a slogan.")

# 19 质量奖与标准化 (nothing answers): applications received, on-site audits before certification, pilots awaiting acceptance
row("市市场监督管理局(市标准化办公室)、市质量强市工作领导小组办公室",
    "开展第四届市政府质量奖评选,评选质量奖组织不超过5家;新增“品字标”认证企业20家;3个省级标准化试点示范项目通过目标考核验收。",
    "第四届市政府质量奖评选已完成申报受理,共收到申报组织23家,正在组织材料评审和现场评审,计划12月提请市政府审定;“品字标”认证由省品牌建设促进会年底统一发布,目前已有14家企业完成现场审核;3个省级标准化试点项目均已完成建设和自评估,已向省市场监管局提交验收申请,预计11月组织验收。",
    targets=[M("5家", 5, "家", "评选质量奖组织", bound="max"),
             M("20家", 20, "家", "新增“品字标”认证企业"),
             M("3个", 3, "个", "省级标准化试点示范项目通过验收")],
    actuals=[M("23家", 23, "家", "质量奖申报组织(candidates)"),
             M("14家", 14, "家", "完成现场审核企业(candidates)"),
             M("3个", 3, "个", "提交验收申请的试点项目(candidates)")],
    note="Nothing answers: the award is still under review (23 applicants, decision in 12月; would-be 0 awarded); the 14 firms have only passed the audit, certification is published at year end (would-be 0.7); the 3 pilots have applied for acceptance (would-be 1.0). 第四届 is an ordinal; “品字标” a name.")

# 20 产品质量监督抽查: batches and the 其中 重点产品 part, failures and a rate, 后处理 全部 stated in words
P = "截至9月底"
row("市市场监督管理局",
    "开展产品质量监督抽查1000批次,其中电动自行车、电线电缆、燃气具等重点产品不少于300批次;监督抽查不合格产品后处理率达到100%。",
    "截至9月底,完成产品质量市级监督抽查862批次,其中电动自行车及配件、电线电缆、燃气具等重点产品抽查328批次;发现不合格产品53批次,不合格发现率6.1%,已全部完成后处理,立案查处21件。",
    targets=[M("1000批次", 1000, "批次", "产品质量监督抽查"),
             M("300批次", 300, "批次", "重点产品监督抽查", bound="min"),
             M("100%", 100, "%", "不合格产品后处理率")],
    actuals=[M("862批次", 862, "批次", "完成产品质量市级监督抽查", period=P),
             M("328批次", 328, "批次", "重点产品抽查", period=P),
             M("53批次", 53, "批次", "发现不合格产品", period=P),
             M("6.1%", 6.1, "%", "不合格发现率", period=P),
             M("21件", 21, "件", "立案查处", period=P)],
    pairs=[("t1", ["a1"]), ("t2", ["a2"])],
    note="862/1000 = 0.862; the key-product part 328/300 = 1.0933. 已全部完成后处理 states the rate only in words: t3 is unpaired (would-be 1.0). Failures, their rate and the cases have no target.")

# 21 知識產權質押融資 (traditional): amount with growth, firms with a 首貸 part, transfers and licences with a 其中 part
P = "1-9月"
row("市市場監督管理局(市知識產權局)、人民銀行市分行、國家金融監督管理總局市監管分局",
    "知識產權質押融資登記金額達到30億元,惠及企業300家以上;完成專利轉讓許可500件。",
    "1-9月,全市辦理知識產權質押登記412筆,登記金額26.85億元,同比增長18.3%,惠及企業336家,其中首貸企業97家;完成專利轉讓許可備案438件,其中高校院所轉讓許可126件。",
    targets=[M("30億元", 30, "億元", "知識產權質押融資登記金額"),
             M("300家", 300, "家", "質押融資惠及企業", bound="min"),
             M("500件", 500, "件", "專利轉讓許可")],
    actuals=[M("412筆", 412, "筆", "知識產權質押登記筆數", period=P),
             M("26.85億元", 26.85, "億元", "質押登記金額", period=P),
             M("18.3%", 18.3, "%", "質押登記金額同比增長", kind="growth", period=P),
             M("336家", 336, "家", "惠及企業", period=P),
             M("97家", 97, "家", "首貸企業", period=P),
             M("438件", 438, "件", "專利轉讓許可備案", period=P),
             M("126件", 126, "件", "高校院所轉讓許可", period=P)],
    pairs=[("t1", ["a2"]), ("t2", ["a4"]), ("t3", ["a6"])],
    note="Traditional characters. 26.85/30 = 0.895; the growth has no growth target and 412筆 counts registrations. 336/300 = 1.12 (首貸97家 is a part). 438/500 = 0.876 (高校院所126件 is a part).")

# 22 知识产权保护: cases handled (受理) vs closed, a closure rate under a 不低于 floor, new stations vs stock vs preparation
P = "今年以来"
row("市市场监督管理局(市知识产权局)、市中级人民法院、市公安局",
    "办理专利侵权纠纷行政裁决案件80件,结案率不低于90%;新建知识产权维权援助工作站6个。",
    "今年以来,受理专利侵权纠纷行政裁决案件87件,结案72件,结案率82.8%,平均办案周期压缩至3.2个月;新设立知识产权维权援助工作站4个,全市累计达到15个,另有2个已完成挂牌前筹备。",
    targets=[M("80件", 80, "件", "办理专利侵权纠纷行政裁决案件"),
             M("90%", 90, "%", "行政裁决结案率", bound="min"),
             M("6个", 6, "个", "新建知识产权维权援助工作站")],
    actuals=[M("87件", 87, "件", "受理专利侵权纠纷行政裁决案件", period=P),
             M("72件", 72, "件", "结案", period=P),
             M("82.8%", 82.8, "%", "结案率", period=P),
             M("3.2个月", 3.2, "个月", "平均办案周期", period=P),
             M("4个", 4, "个", "新设立维权援助工作站", period=P),
             M("15个", 15, "个", "累计维权援助工作站(stock)"),
             M("2个", 2, "个", "完成挂牌前筹备的工作站", nth=1)],
    pairs=[("t1", ["a1"]), ("t2", ["a3"]), ("t3", ["a5"])],
    note="办理 counts the cases taken on: 87/80 = 1.0875 (the closed 72件 would give 0.9). 82.8/90 = 0.92; 72/87 are its numerator and denominator. New stations 4/6 = 0.6667; the stock 15个 does not answer and the 2 being prepared are not yet set up (would-be sum 1.0). The case duration has no target; '2个' nth 0 lies inside '3.2个月'.")

# 23 经营主体 (full-width digits): new entities with a 企业 part, the stock under a 突破 floor, growth of the stock on the year end
row("市市场监督管理局、市发展改革委、市税务局",
    "新设经营主体５万户,其中新设企业１．５万户;全市经营主体总量突破３０万户,增长８％。",
    "１－９月,全市新设经营主体３．８２万户,同比增长６．４％,其中新设企业１．１６万户、个体工商户２．６４万户;截至９月底,全市实有经营主体２９．４６万户,较上年末增长５．９％,其中企业８．７３万户。",
    targets=[M("５万户", 5, "万户", "新设经营主体", nth=0),
             M("１．５万户", 1.5, "万户", "新设企业"),
             M("３０万户", 30, "万户", "经营主体总量", bound="min"),
             M("８％", 8, "%", "经营主体总量增长", kind="growth")],
    actuals=[M("３．８２万户", 3.82, "万户", "新设经营主体", period="１－９月"),
             M("６．４％", 6.4, "%", "新设经营主体同比增长", kind="growth", period="１－９月"),
             M("１．１６万户", 1.16, "万户", "新设企业", period="１－９月"),
             M("２．６４万户", 2.64, "万户", "新设个体工商户", period="１－９月"),
             M("２９．４６万户", 29.46, "万户", "实有经营主体(stock)", period="截至９月底"),
             M("５．９％", 5.9, "%", "实有经营主体较上年末增长", kind="growth", period="截至９月底"),
             M("８．７３万户", 8.73, "万户", "实有企业", period="截至９月底")],
    pairs=[("t1", ["a1"]), ("t2", ["a3"]), ("t3", ["a5"]), ("t4", ["a6"])],
    note="Full-width digits. 3.82/5 = 0.764 ('５万户' nth 1 lies inside '１．５万户'); new firms 1.16/1.5 = 0.7733. The stock answers the total: 29.46/30 = 0.982, and the stock's growth on the year end the growth target: 5.9/8 = 0.7375. The growth of new registrations (6.4%) is another measure (would-be 0.8).")

# 24 企业开办: a time cap (以内) met, a rate, a growth target in 个百分点 answered by the change, not by the level share
row("市市场监督管理局、市政务服务和数据管理局",
    "企业开办全流程办理时间压缩至0.5个工作日以内,企业开办“一网通办”率达到95%,个体工商户“智能审批”占比提高5个百分点。",
    "全市企业开办平均用时0.42个工作日,其中当日办结占比97.6%;企业开办“一网通办”率96.8%;个体工商户“智能审批”办件1.37万件,占比38.2%,较上年提高6.3个百分点。",
    targets=[M("0.5个工作日", 0.5, "个工作日", "企业开办全流程办理时间", bound="max"),
             M("95%", 95, "%", "企业开办“一网通办”率"),
             M("5个百分点", 5, "个百分点", "个体工商户“智能审批”占比提高", kind="growth")],
    actuals=[M("0.42个工作日", 0.42, "个工作日", "企业开办平均用时"),
             M("97.6%", 97.6, "%", "当日办结占比"),
             M("96.8%", 96.8, "%", "企业开办“一网通办”率"),
             M("1.37万件", 1.37, "万件", "个体工商户“智能审批”办件"),
             M("38.2%", 38.2, "%", "“智能审批”占比"),
             M("6.3个百分点", 6.3, "个百分点", "“智能审批”占比较上年提高", kind="growth")],
    pairs=[("t1", ["a1"]), ("t2", ["a3"]), ("t3", ["a6"])],
    note="The time is under the cap: 0.42/0.5 = 0.84. 96.8/95 = 1.0189. The 个百分点 target is answered by the change, 6.3/5 = 1.26, not by the level share 38.2%. Same-day completion has no target.")

# 25 双随机与信用修复: coverage held, a joint-inspection share answered, repairs vs removals from the abnormal list
P = "今年"
row("市市场监督管理局、市发展改革委(市社会信用体系建设领导小组办公室)",
    "“双随机、一公开”抽查事项覆盖率100%,部门联合抽查占比达到30%以上;指导失信经营主体完成信用修复2000户。",
    "今年累计开展“双随机、一公开”抽查任务286次,抽查经营主体1.12万户,抽查事项覆盖率100%;其中部门联合抽查94次,占比32.9%;指导完成信用修复1735户,移出经营异常名录1.06万户。",
    targets=[M("100%", 100, "%", "“双随机、一公开”抽查事项覆盖率"),
             M("30%", 30, "%", "部门联合抽查占比", bound="min"),
             M("2000户", 2000, "户", "失信经营主体信用修复")],
    actuals=[M("286次", 286, "次", "开展抽查任务", period=P),
             M("1.12万户", 1.12, "万户", "抽查经营主体", period=P),
             M("100%", 100, "%", "抽查事项覆盖率", period=P),
             M("94次", 94, "次", "部门联合抽查", period=P),
             M("32.9%", 32.9, "%", "部门联合抽查占比", period=P),
             M("1735户", 1735, "户", "指导完成信用修复", period=P),
             M("1.06万户", 1.06, "万户", "移出经营异常名录", period=P)],
    pairs=[("t1", ["a3"]), ("t2", ["a5"]), ("t3", ["a6"])],
    note="100/100 = 1.0. 32.9/30 = 1.0967; 94/286 are its numerator and denominator. Credit repair 1735/2000 = 0.8675; removals from the abnormal-operation list are another, wider measure (would-be 5.3). “双随机、一公开” is a name.")

# 26 涉企收费: units checked, refunds under a 以上 floor, 余家 beneficiaries, monitoring points met exactly
P = "今年以来"
row("市市场监督管理局、市发展改革委",
    "开展涉企违规收费专项整治,检查收费单位不少于200家,督促退还违规收费500万元以上;建成民生商品价格监测点50个。",
    "今年以来,检查行业协会商会、中介机构、水电气等收费单位217家,查处违规收费问题38个,督促退还违规收费金额386.4万元,惠及企业2100余家;已建成民生商品价格监测点50个,每周发布价格信息。",
    targets=[M("200家", 200, "家", "检查收费单位", bound="min"),
             M("500万元", 500, "万元", "督促退还违规收费", bound="min"),
             M("50个", 50, "个", "民生商品价格监测点")],
    actuals=[M("217家", 217, "家", "检查收费单位", period=P),
             M("38个", 38, "个", "查处违规收费问题", period=P),
             M("386.4万元", 386.4, "万元", "督促退还违规收费金额", period=P),
             M("2100余家", 2100, "家", "惠及企业", period=P),
             M("50个", 50, "个", "已建成价格监测点")],
    pairs=[("t1", ["a1"]), ("t2", ["a3"]), ("t3", ["a5"])],
    note="217/200 = 1.085; 386.4/500 = 0.7728; 50/50 = 1.0. Problems found and firms benefiting have no target; 每周 is a frequency, not an amount.")

# 27 消費維權 (traditional): a rate floor, a time cap, a reduction answered by the fall, money, new units vs candidates vs stock
P = "1-9月"
row("市市場監督管理局(市消費者權益保護委員會)",
    "12315投訴舉報按時辦結率達到98%以上,平均辦理時長控制在7個工作日以內;預付式消費投訴量下降10%;為消費者挽回經濟損失1500萬元;新培育放心消費示範單位300家。",
    "1-9月,全市12315平臺受理消費者投訴舉報4.26萬件,同比增長9.8%,按時辦結率99.1%,平均辦理時長4.6個工作日;其中預付式消費投訴6820件,同比下降12.6%;為消費者挽回經濟損失1286.3萬元;新培育放心消費示範單位186家,另有124家通過初評待公示,全市累計達到1420家。",
    targets=[M("98%", 98, "%", "投訴舉報按時辦結率", bound="min"),
             M("7個工作日", 7, "個工作日", "平均辦理時長", bound="max"),
             M("10%", 10, "%", "預付式消費投訴量下降", kind="reduction"),
             M("1500萬元", 1500, "萬元", "為消費者挽回經濟損失"),
             M("300家", 300, "家", "新培育放心消費示範單位")],
    actuals=[M("4.26萬件", 4.26, "萬件", "受理消費者投訴舉報", period=P),
             M("9.8%", 9.8, "%", "投訴舉報同比增長", kind="growth", period=P),
             M("99.1%", 99.1, "%", "按時辦結率", period=P),
             M("4.6個工作日", 4.6, "個工作日", "平均辦理時長", period=P),
             M("6820件", 6820, "件", "預付式消費投訴", period=P),
             M("12.6%", 12.6, "%", "預付式消費投訴同比下降", kind="reduction", period=P),
             M("1286.3萬元", 1286.3, "萬元", "挽回經濟損失", period=P),
             M("186家", 186, "家", "新培育放心消費示範單位", period=P),
             M("124家", 124, "家", "通過初評待公示單位(candidates)"),
             M("1420家", 1420, "家", "累計放心消費示範單位(stock)")],
    pairs=[("t1", ["a3"]), ("t2", ["a4"]), ("t3", ["a6"]), ("t4", ["a7"]), ("t5", ["a8"])],
    note="Traditional characters. 99.1/98 = 1.0112; the time 4.6/7 = 0.6571 is under the cap. The reduction target is answered by the fall: 12.6/10 = 1.26; the rise of all complaints (9.8%) has no target. 1286.3/1500 = 0.8575. 186/300 = 0.62; the 124 awaiting 公示 are candidates (would-be sum 1.0333) and 1420家 is the stock. 12315 is the hotline code.")

# 28 网络交易监管: 万条次 monitoring over the target, leads found vs handled, cases, trainees 家次 vs firms signing
P = "截至9月底"
row("市市场监督管理局、市委网信办、市商务局",
    "开展网络市场监测50万条次,查办网络违法案件120件;推动200家直播电商主体签署合规经营承诺书。",
    "截至9月底,网络交易监测平台累计监测网店及直播间信息62.7万条次,发现疑似违法线索1386条,已核查处置1294条;查办网络违法案件96件,罚没款312.8万元;组织直播电商主体合规培训6场次,参训主体420家次,已有173家签署合规经营承诺书。",
    targets=[M("50万条次", 50, "万条次", "网络市场监测"),
             M("120件", 120, "件", "查办网络违法案件"),
             M("200家", 200, "家", "直播电商主体签署合规经营承诺书")],
    actuals=[M("62.7万条次", 62.7, "万条次", "累计监测网店及直播间信息", period=P),
             M("1386条", 1386, "条", "发现疑似违法线索", period=P),
             M("1294条", 1294, "条", "已核查处置线索", period=P),
             M("96件", 96, "件", "查办网络违法案件", period=P),
             M("312.8万元", 312.8, "万元", "罚没款", period=P),
             M("6场次", 6, "场次", "直播电商合规培训", period=P),
             M("420家次", 420, "家次", "参训主体", period=P),
             M("173家", 173, "家", "签署合规经营承诺书", period=P)],
    pairs=[("t1", ["a1"]), ("t2", ["a4"]), ("t3", ["a8"])],
    note="62.7/50 = 1.254 (累计 within the year's monitoring). 96/120 = 0.8. Signing firms 173/200 = 0.865; the 420家次 trained are another measure. Leads, fines and training sessions have no target.")

# 29 商贸物流园 (nothing answers): land as scope, a forecast investment, specifications restated, a delayed start
row("市商务局、市发展改革委、城南新区管委会",
    "开工建设城南商贸物流园一期(总建筑面积18万平方米),年度计划投资6亿元,年内建成冷库库容5万吨。",
    "项目已完成用地摘牌(净用地236亩)和方案设计,规划许可正在办理;受地块南侧高压线迁改影响,开工时间调整至11月,今年预计完成投资约1.2亿元;冷库部分(库容5万吨、屋顶分布式光伏0.8万千瓦)计划2025年底建成。",
    targets=[M("6亿元", 6, "亿元", "年度计划投资"),
             M("5万吨", 5, "万吨", "年内建成冷库库容")],
    other=[O("18万平方米", 18, "万平方米", "specification (总建筑面积 of phase one)")],
    actuals=[M("236亩", 236, "亩", "净用地(scope)"),
             M("1.2亿元", 1.2, "亿元", "今年预计完成投资(forecast)", period="今年"),
             M("5万吨", 5, "万吨", "冷库库容(specification, restated)"),
             M("0.8万千瓦", 0.8, "万千瓦", "屋顶分布式光伏(specification)")],
    note="Nothing answers: works have not started (开工 moved to 11月), 1.2亿元 is only a forecast for the year (would-be 0.2), and the cold store's 5万吨 restates the design capacity, due at 2025年底 (would-be 1.0 if counted). 236亩 is the land and 0.8万千瓦 a specification. 一期 is a label.")

# 30 县域商业 (Chinese numerals): centres done vs being fitted out, shops with a 其中 part, a coverage rate held, a stock of stations
row("市商务局、市供销合作社、市邮政管理局、各县(市)人民政府",
    "推进县域商业体系建设,新建改造乡镇商贸中心十二个、村级便民商店一百二十个,建制村快递服务覆盖率保持100%。",
    "已完成乡镇商贸中心新建改造九个,另有三个正在进行内部装修;新建改造村级便民商店一百三十六个,其中由供销社领办的四十一个;全市建制村快递服务覆盖率100%,村级寄递物流综合服务站累计建成三百二十七个。",
    targets=[M("十二个", 12, "个", "新建改造乡镇商贸中心"),
             M("一百二十个", 120, "个", "新建改造村级便民商店"),
             M("100%", 100, "%", "建制村快递服务覆盖率")],
    actuals=[M("九个", 9, "个", "已完成新建改造乡镇商贸中心"),
             M("三个", 3, "个", "正在内部装修的商贸中心"),
             M("一百三十六个", 136, "个", "新建改造村级便民商店"),
             M("四十一个", 41, "个", "供销社领办便民商店"),
             M("100%", 100, "%", "建制村快递服务覆盖率"),
             M("三百二十七个", 327, "个", "累计村级寄递物流综合服务站(stock)")],
    pairs=[("t1", ["a1"]), ("t2", ["a3"]), ("t3", ["a5"])],
    note="Chinese numerals. 9/12 = 0.75; the 3 still being fitted out do not count (would-be sum 1.0). 136/120 = 1.1333 (四十一个 is a part). 100/100 = 1.0. The stock of service stations has no target.")

# 31 便民生活圈 (full-width digits): a total and 各 targets for two districts, district parts, unfinished ones, a stock under 突破
row("市商务局、各区人民政府、市自然资源和规划局",
    "新建城市一刻钟便民生活圈１５个,其中城东区、城西区各５个;新增品牌连锁便利店８０家。",
    "已建成一刻钟便民生活圈１３个,其中城东区６个、城西区４个、高新区３个,另有城西区１个、高新区１个正在补齐菜市场业态;新增品牌连锁便利店９２家,全市便利店总数突破１２００家。",
    targets=[M("１５个", 15, "个", "新建城市一刻钟便民生活圈"),
             M("各５个", 5, "个", "城东区新建一刻钟便民生活圈"),
             M("各５个", 5, "个", "城西区新建一刻钟便民生活圈"),
             M("８０家", 80, "家", "新增品牌连锁便利店")],
    actuals=[M("１３个", 13, "个", "已建成一刻钟便民生活圈"),
             M("６个", 6, "个", "城东区建成"),
             M("４个", 4, "个", "城西区建成"),
             M("３个", 3, "个", "高新区建成", nth=1),
             M("１个", 1, "个", "城西区正在补齐业态", nth=0),
             M("１个", 1, "个", "高新区正在补齐业态", nth=1),
             M("９２家", 92, "家", "新增品牌连锁便利店"),
             M("１２００家", 1200, "家", "全市便利店总数(stock)")],
    pairs=[("t1", ["a1"]), ("t2", ["a2"]), ("t3", ["a3"]), ("t4", ["a7"])],
    note="Full-width digits. 13/15 = 0.8667 (6 + 4 + 3 = 13). 各５个 over two districts is two targets: 城东 6/5 = 1.2, 城西 4/5 = 0.8 (its unfinished one would make 1.0). '３个' nth 0 lies inside '１３个'. 92/80 = 1.15; the stock of 1200 stores has no target.")

# 32 首店经济: restated and changed target (ratio against the original), 首店 answered by the sum of two classes, events
P = "截至9月底"
row("市商务局、各区人民政府",
    "引进品牌首店、旗舰店60家,其中全国首店或区域首店不少于10家;举办首发首秀活动20场。",
    "年初确定引进品牌首店60家的目标,因部分商业综合体开业推迟,经市促消费工作专班同意调整为45家;截至9月底,已引进品牌首店、旗舰店38家,其中区域首店7家、全国首店1家;举办新品首发首秀活动23场。",
    targets=[M("60家", 60, "家", "引进品牌首店、旗舰店"),
             M("10家", 10, "家", "全国首店或区域首店", bound="min"),
             M("20场", 20, "场", "首发首秀活动")],
    actuals=[M("60家", 60, "家", "年初确定引进品牌首店(restated target)"),
             M("45家", 45, "家", "调整后目标(changed target)"),
             M("38家", 38, "家", "已引进品牌首店、旗舰店", period=P),
             M("7家", 7, "家", "区域首店", period=P),
             M("1家", 1, "家", "全国首店", period=P),
             M("23场", 23, "场", "新品首发首秀活动", period=P)],
    pairs=[("t1", ["a3"]), ("t2", ["a4", "a5"]), ("t3", ["a6"])],
    note="The ratio is kept against the original target: 38/60 = 0.6333 (against the changed 45家 it would be 0.8444). The 全国或区域 sub-target is met by the sum 7 + 1 = 8 (combine sum, 0.8). 23/20 = 1.15.")

# 33 會展 (traditional): fairs and area, a class threshold, the 其中 large fairs (nth), 意向及現場成交額 as a broader aggregate, fairs planned
P = "截至9月底"
row("市商務局、市會展辦、市文化廣電旅遊局",
    "舉辦各類展會活動50場,展覽總面積達到60萬平方米,其中展覽面積1萬平方米以上的展會不少於15場,實現展會交易額120億元。",
    "截至9月底,全市共舉辦各類展會38場,展覽總面積46.3萬平方米,吸引觀眾136.5萬人次;其中展覽面積1萬平方米以上展會12場,國際性展會2場;意向及現場成交額92.6億元,第四季度還將舉辦汽車博覽會、年貨節等9場展會。",
    targets=[M("50場", 50, "場", "舉辦各類展會活動"),
             M("60萬平方米", 60, "萬平方米", "展覽總面積"),
             M("15場", 15, "場", "展覽面積1萬平方米以上的展會", bound="min"),
             M("120億元", 120, "億元", "展會交易額")],
    other=[O("1萬平方米", 1, "萬平方米", "class threshold (展覽面積1萬平方米以上的展會)")],
    actuals=[M("38場", 38, "場", "舉辦各類展會", period=P),
             M("46.3萬平方米", 46.3, "萬平方米", "展覽總面積", period=P),
             M("136.5萬人次", 136.5, "萬人次", "吸引觀眾", period=P),
             M("1萬平方米", 1, "萬平方米", "展覽面積1萬平方米以上展會(class threshold)"),
             M("12場", 12, "場", "展覽面積1萬平方米以上展會", period=P),
             M("2場", 2, "場", "國際性展會", nth=1, period=P),
             M("92.6億元", 92.6, "億元", "意向及現場成交額", period=P),
             M("9場", 9, "場", "第四季度還將舉辦的展會(forecast)")],
    pairs=[("t1", ["a1"]), ("t2", ["a2"]), ("t3", ["a5"])],
    note="Traditional characters. 38/50 = 0.76 (the 9 fairs planned for 第四季度 are a forecast, would-be sum 0.94); 46.3/60 = 0.7717; 12/15 = 0.8 ('2場' nth 0 lies inside '12場'). 意向及現場成交額 adds intended deals to those concluded, a broader aggregate: the 交易額 target is unpaired (would-be 0.7717). Visitors have no target.")

# 34 步行街 (Chinese numerals): phase one done vs phase two in construction (公里), facade area, 五十家 shops, a daily mean vs a holiday peak
row("市商务局、市住房城乡建设局、鼓楼区人民政府",
    "完成中山路步行街改造提升,改造街区长度1.2公里、立面整治3.6万平方米,新引进特色商户五十家,步行街日均客流达到五万人次。",
    "中山路步行街一期0.8公里已完成改造并开街,二期0.4公里正在进行管线入地施工;完成沿街立面整治2.9万平方米;新引进非遗老字号、特色餐饮等商户六十三家;开街以来日均客流4.2万人次,中秋假期日均客流突破十二万人次。",
    targets=[M("1.2公里", 1.2, "公里", "步行街改造街区长度"),
             M("3.6万平方米", 3.6, "万平方米", "立面整治"),
             M("五十家", 50, "家", "新引进特色商户"),
             M("五万人次", 5, "万人次", "步行街日均客流")],
    actuals=[M("0.8公里", 0.8, "公里", "一期已完成改造"),
             M("0.4公里", 0.4, "公里", "二期正在施工"),
             M("2.9万平方米", 2.9, "万平方米", "完成沿街立面整治"),
             M("六十三家", 63, "家", "新引进商户"),
             M("4.2万人次", 4.2, "万人次", "开街以来日均客流", period="开街以来"),
             M("十二万人次", 12, "万人次", "中秋假期日均客流")],
    pairs=[("t1", ["a1"]), ("t2", ["a3"]), ("t3", ["a4"]), ("t4", ["a5"])],
    note="Chinese numerals (五十家, 五万人次, 六十三家, 十二万人次). Phase one done answers: 0.8/1.2 = 0.6667; phase two is under construction (would-be sum 1.0). 2.9/3.6 = 0.8056; 63/50 = 1.26. The daily mean since opening answers: 4.2/5 = 0.84; the 中秋 holiday peak is another measure (would-be 2.4). 一期/二期 are labels.")

# 35 住宿餐飲 (traditional): an estimate for an elapsed period answers, a 1-8月 growth answers, a full-year forecast does not
row("市商務局、市統計局、市文化廣電旅遊局",
    "住宿和餐飲業營業額增長10%,限上餐飲企業營業額增長12%以上。",
    "據市統計局初步測算,前三季度全市住宿和餐飲業營業額約185.6億元,同比增長8.7%;1-8月限上餐飲企業營業額42.3億元,同比增長13.4%;結合國慶、年貨消費旺季,預計全年住宿和餐飲業營業額增長10%左右。",
    targets=[M("10%", 10, "%", "住宿和餐飲業營業額增長", kind="growth"),
             M("12%", 12, "%", "限上餐飲企業營業額增長", kind="growth", bound="min")],
    actuals=[M("185.6億元", 185.6, "億元", "住宿和餐飲業營業額(初步測算)", period="前三季度"),
             M("8.7%", 8.7, "%", "住宿和餐飲業營業額同比增長(初步測算)", kind="growth", period="前三季度"),
             M("42.3億元", 42.3, "億元", "限上餐飲企業營業額", period="1-8月"),
             M("13.4%", 13.4, "%", "限上餐飲企業營業額同比增長", kind="growth", period="1-8月"),
             M("10%", 10, "%", "預計全年住宿和餐飲業營業額增長(forecast)", kind="growth", period="全年")],
    pairs=[("t1", ["a2"]), ("t2", ["a4"])],
    note="Traditional characters. The preliminary estimate (初步測算) is for the elapsed 前三季度 and answers: 8.7/10 = 0.87; 預計全年…10%左右 is a forecast (would-be 1.0). 13.4/12 = 1.1167 for 1-8月. The levels have no level target.")

# 36 再生资源回收: points with a 分别 pair of parts, centres built vs the third being fitted (ordinal), tonnage YTD with growth
row("市商务局、市供销合作社、市城市管理局",
    "新建改造再生资源回收站点300个、分拣中心3个,全年主要再生资源回收量达到80万吨。",
    "今年新建改造再生资源回收网点246个,社区回收点、乡镇回收站分别为198个、48个;建成分拣中心2个,第3个完成设备进场,预计11月投运;1-9月全市回收废钢铁、废纸、废塑料等主要再生资源61.4万吨,同比增长7.3%。",
    targets=[M("300个", 300, "个", "新建改造再生资源回收站点"),
             M("3个", 3, "个", "新建分拣中心"),
             M("80万吨", 80, "万吨", "主要再生资源回收量")],
    actuals=[M("246个", 246, "个", "今年新建改造再生资源回收网点", period="今年"),
             M("198个", 198, "个", "社区回收点", period="今年"),
             M("48个", 48, "个", "乡镇回收站", period="今年"),
             M("2个", 2, "个", "建成分拣中心"),
             M("61.4万吨", 61.4, "万吨", "回收主要再生资源", period="1-9月"),
             M("7.3%", 7.3, "%", "回收量同比增长", kind="growth", period="1-9月")],
    pairs=[("t1", ["a1"]), ("t2", ["a4"]), ("t3", ["a5"])],
    note="246/300 = 0.82 (the 分别 parts 198 + 48 add up to it). Centres 2/3 = 0.6667; the third (第3个, an ordinal) only has its equipment in and is expected in 11月 (would-be 1.0). 61.4/80 = 0.7675 for 1-9月; the growth has no target.")

# 37 跨境电商 (full-width digits): amount and growth, the 出口 part, warehouses opened vs one only leased, a class threshold in both columns
P = "１－８月"
row("市商务局、市口岸办、综合保税区管委会",
    "跨境电商进出口额达到６０亿元,增长２０％;新增跨境电商公共海外仓３个,跨境电商出口额超１０００万元的企业达到３０家。",
    "１－８月,全市跨境电商进出口额４１．２亿元,同比增长２３．５％,其中出口３６．８亿元;新建公共海外仓２个(美国洛杉矶、波兰华沙),另１个(德国杜伊斯堡)已签订租赁协议;跨境电商出口额超１０００万元的企业达到２７家。",
    targets=[M("６０亿元", 60, "亿元", "跨境电商进出口额"),
             M("２０％", 20, "%", "跨境电商进出口额增长", kind="growth"),
             M("３个", 3, "个", "新增跨境电商公共海外仓"),
             M("３０家", 30, "家", "跨境电商出口额超１０００万元的企业")],
    other=[O("１０００万元", 1000, "万元", "class threshold (出口额超１０００万元的企业)")],
    actuals=[M("４１．２亿元", 41.2, "亿元", "跨境电商进出口额", period=P),
             M("２３．５％", 23.5, "%", "跨境电商进出口额同比增长", kind="growth", period=P),
             M("３６．８亿元", 36.8, "亿元", "跨境电商出口", period=P),
             M("２个", 2, "个", "新建公共海外仓"),
             M("１个", 1, "个", "已签订租赁协议的海外仓(candidate)"),
             M("１０００万元", 1000, "万元", "出口额超１０００万元的企业(class threshold)"),
             M("２７家", 27, "家", "出口额超１０００万元的企业")],
    pairs=[("t1", ["a1"]), ("t2", ["a2"]), ("t3", ["a4"]), ("t4", ["a7"])],
    note="Full-width digits. 41.2/60 = 0.6867 for １－８月; growth 23.5/20 = 1.175; the export part has no target. Warehouses opened 2/3 = 0.6667; the one only leased is not yet set up (would-be sum 1.0). Large exporters 27/30 = 0.9.")

# 38 外贸主体: a level with last year's baseline, new registrations, a subject elided after a share clause
P = "1-8月"
row("市商务局、市税务局",
    "有进出口实绩企业达到1800家,新增外贸备案企业300家;机电产品出口增长8%。",
    "1-8月,全市有进出口实绩企业1632家,上年同期为1548家;新增对外贸易经营者备案企业284家;机电产品出口142.6亿元,占全市出口总额的52.5%,较上年同期增长9.4%。",
    targets=[M("1800家", 1800, "家", "有进出口实绩企业"),
             M("300家", 300, "家", "新增外贸备案企业"),
             M("8%", 8, "%", "机电产品出口增长", kind="growth")],
    actuals=[M("1632家", 1632, "家", "有进出口实绩企业", period=P),
             M("1548家", 1548, "家", "上年同期有进出口实绩企业(baseline)"),
             M("284家", 284, "家", "新增对外贸易经营者备案企业", period=P),
             M("142.6亿元", 142.6, "亿元", "机电产品出口", period=P),
             M("52.5%", 52.5, "%", "机电产品出口占全市出口总额", period=P),
             M("9.4%", 9.4, "%", "机电产品出口较上年同期增长", kind="growth", period=P)],
    pairs=[("t1", ["a1"]), ("t2", ["a3"]), ("t3", ["a6"])],
    note="1632/1800 = 0.9067; 1548家 is last year's baseline (would-be 0.86). 284/300 = 0.9467. 较上年同期增长9.4% follows the share clause but its subject is the export value named before it: 9.4/8 = 1.175. The share 52.5% has no target.")

# 39 气瓶: coded cylinders with a rate, 全部接入 stated in words, inspected vs scrapped, filling stations as scope
row("市市场监督管理局、市城市管理局、市应急管理局",
    "完成液化石油气钢瓶“码上溯源”赋码30万只,充装单位在线监控接入率100%,报废超期未检气瓶不少于2万只。",
    "全市12家液化石油气充装单位已全部接入在线监控平台;累计完成气瓶赋码建档28.6万只,赋码率95.3%;检验气瓶4.12万只,报废超期未检气瓶2.36万只。",
    targets=[M("30万只", 30, "万只", "液化石油气钢瓶赋码"),
             M("100%", 100, "%", "充装单位在线监控接入率"),
             M("2万只", 2, "万只", "报废超期未检气瓶", bound="min")],
    actuals=[M("12家", 12, "家", "液化石油气充装单位(scope)"),
             M("28.6万只", 28.6, "万只", "累计完成气瓶赋码建档"),
             M("95.3%", 95.3, "%", "赋码率"),
             M("4.12万只", 4.12, "万只", "检验气瓶"),
             M("2.36万只", 2.36, "万只", "报废超期未检气瓶")],
    pairs=[("t1", ["a2"]), ("t3", ["a5"])],
    note="28.6/30 = 0.9533 (the 赋码率95.3% is a share, not paired). 全部接入 states the rate only in words: t2 unpaired (would-be 1.0); the 12 filling stations are the scope. Scrapped 2.36/2 = 1.18; cylinders inspected are another measure (would-be 2.06). “码上溯源” is a slogan.")

# 40 食品生產 (traditional): 全部 in words for a rate, grade parts of the scope, workshops done vs rectifying, a 個百分點 target with only two levels
row("市市場監督管理局、各縣(市、區)人民政府",
    "食品生產企業風險分級管理覆蓋率100%,食品小作坊規範提升200家,規模以上食品生產企業HACCP等體系認證率提高3個百分點。",
    "全市462家食品生產企業已全部完成風險等級評定,其中A級186家、B級241家、C級35家;完成食品小作坊規範提升168家,另有27家正在整改;規模以上食品生產企業通過HACCP等體系認證的有96家,認證率67.6%,上年為65.2%。",
    targets=[M("100%", 100, "%", "食品生產企業風險分級管理覆蓋率"),
             M("200家", 200, "家", "食品小作坊規範提升"),
             M("3個百分點", 3, "個百分點", "規模以上食品生產企業體系認證率提高", kind="growth")],
    actuals=[M("462家", 462, "家", "食品生產企業(scope)"),
             M("186家", 186, "家", "A級企業"),
             M("241家", 241, "家", "B級企業"),
             M("35家", 35, "家", "C級企業"),
             M("168家", 168, "家", "完成規範提升的食品小作坊"),
             M("27家", 27, "家", "正在整改的小作坊"),
             M("96家", 96, "家", "通過體系認證的規模以上企業"),
             M("67.6%", 67.6, "%", "體系認證率"),
             M("65.2%", 65.2, "%", "上年體系認證率(baseline)")],
    pairs=[("t2", ["a5"])],
    note="Traditional characters. 全部完成風險等級評定 states the coverage only in words: t1 unpaired (would-be 1.0); A級/B級/C級 are grade labels and 186 + 241 + 35 = 462 the scope. 168/200 = 0.84; the 27 still rectifying do not count. The 個百分點 target has no change stated, only two levels (67.6% and last year's 65.2%): unpaired (the difference would be 2.4, would-be 0.8). HACCP is a name.")


probe.write(Path(__file__).with_name("probe-market.gold.jsonl"))
