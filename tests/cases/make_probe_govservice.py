"""Writes probe-govservice.gold.jsonl: 40 rows written for this probe (not taken from any report) and
hand-annotated in the gold schema (corpus/SCHEMA.md). Each row is one paragraph of a county
government's half-year or three-quarter work summary (工作总结) on administrative services and the
business environment (政务服务, 优化营商环境), written as PROSE, not as a table: the task is the
sentence of that year's government work report that promised it (全程网办率 X%以上, 企业开办时间
压缩至 X个工作日以内, 新增经营主体 X万户, 12345热线 接通率/办结率/满意率, 减税降费 X亿元, “高效办成
一件事” X个, 惠企政策兑现资金 and “免申即享”占比, 工程建设项目审批 and 不动产登记 时限, 公共资源
交易额, “双随机、一公开” 联合抽查占比 and 抽查批次, 信用修复 家, 综合窗口占比, 便民服务中心/站,
普惠小微贷款 and 融资担保, 帮办代办, 获得电力 and 用水用气报装, 办税, “个转企” and 规上/限上 各X家,
电子证照 and 数据共享接口, 涉企检查频次下降, 用工招聘, “好差评”, “标准地” 亩, 助企走访, 减材料/减时限
reductions, 政务服务驿站, 满意度, 中介超市, “跨省通办”, 简易注销, 园区道路/管网 公里, 污水处理 吨,
标准厂房 万平方米, 用电负荷 万千瓦 and 变电站 座, 每千人拥有经营主体, 专精特新, 降本减负, 商事审判 天,
“掌上办” 个百分点, 民间投资), the progress is what the summary reported (截至X月底 and 上半年/前三季度/
1-9月 periods, 同比 growth and falls, 累计 stocks vs 今年/新增, 其中 parts, 分别 lists, 各 and 均,
sums of listed parts answering a total, 完成年度目标的X% completion shares, restated and changed
targets, 预计 forecasts vs 经初步测算 estimates for the elapsed period, candidates 已申报/待审核/
正在公示/正在调试/在建 vs done, broader aggregates, 上年/年初 baselines, 可用率 vs 应用率, rates stated
only in words or only as counts, elided subjects (较上年同期增长X% after a clause naming the measure),
per-capita rates, and a row where nothing answers). The departments in charge are the row's owners.
Five rows are in traditional characters; some use full-width digits or Chinese numerals.
Gold decisions: a year-to-date amount answers the year's amount target as progress so far; a
completion share is an actual mention but does not pair with an amount target; time limits with
以内 are max targets answered by the reported average time (a ratio above 1 misses the cap);
reductions (压减, 下降, 压缩X%) answer reduction targets; forecasts, candidates, restated or changed
targets, stocks for 新增 targets and broader aggregates do not answer.
Not annotated (deliberate non-mentions): dates and years, the hotline code 12345, the slogans
“一件事”, “一公开”, “最多跑一次”, “综合查一次”, “千名干部联千企”, “15分钟政务服务圈”, the words 一次性 and
三级 (levels), ordinals and batch labels (第一批), ranks (前3位, 第2名, 前移1位), the grade label 一级指标,
the rate base 每千人, and the 点 of the word 重点.
Checks (gold_writer.py) that every annotated string occurs (nth), that no two mentions of a column
claim the same or overlapping spans, that no mention starts inside a longer number, that every
period occurs in the progress text, computes ratios, and lists digit and numeral runs left
unannotated.
Run: cd tests/cases && python make_probe_govservice.py"""
from pathlib import Path

from gold_writer import M, O, ProbeSet

probe = ProbeSet("probe24")
row = probe.row


# ---------------------------------------------------------------------------------------------
# Administrative services and business environment: paragraphs of a county's work summary (items 1-40)
# ---------------------------------------------------------------------------------------------

# 1 全程网办率: rate with a rise, 可办率 kept, a county-centre target answered only by a broader county+township total
P = "截至6月底"
H = "上半年"
row("县政务服务和数据管理局、县直各相关部门",
    "深化“一网通办”改革,政务服务事项全程网办率达到95%以上,网上可办率保持100%,县级政务服务中心年办件量突破50万件。",
    "截至6月底,县政务服务网共上线依申请政务服务事项1286项,其中可全程网办1231项,全程网办率95.7%,较上年底提高3.2个百分点,网上可办率100%。上半年,县政务服务中心及12个乡镇(街道)便民服务中心共受理办件31.6万件,其中网上办件20.4万件,占64.6%,按时办结率99.8%,接待办事群众26.3万人次。",
    targets=[M("95%", 95, "%", "政务服务事项全程网办率", bound="min"),
             M("100%", 100, "%", "网上可办率"),
             M("50万件", 50, "万件", "县级政务服务中心年办件量", bound="min")],
    actuals=[M("1286项", 1286, "项", "依申请政务服务事项(scope)", period=P),
             M("1231项", 1231, "项", "可全程网办事项", period=P),
             M("95.7%", 95.7, "%", "全程网办率", period=P),
             M("3.2个百分点", 3.2, "个百分点", "全程网办率较上年底提高", kind="growth", period=P),
             M("100%", 100, "%", "网上可办率", period=P),
             M("12个", 12, "个", "乡镇(街道)便民服务中心(scope)"),
             M("31.6万件", 31.6, "万件", "县政务服务中心及乡镇便民服务中心受理办件", period=H),
             M("20.4万件", 20.4, "万件", "网上办件", period=H),
             M("64.6%", 64.6, "%", "网上办件占比", period=H),
             M("99.8%", 99.8, "%", "按时办结率", period=H),
             M("26.3万人次", 26.3, "万人次", "接待办事群众", period=H)],
    pairs=[("t1", ["a3"]), ("t2", ["a5"])],
    note="95.7/95 = 1.0074 (1231/1286 are its numerator and denominator); 可办率 100/100 = 1.0; the rise of 3.2个百分点 has no growth target. The 50万件 target is for the county centre alone: 31.6万件 adds the 12 township centres, a broader aggregate, so t3 is unpaired (would-be 0.632). 网上办件, 按时办结率 and visitors have no target.")

# 2 企业开办: a max time answered by the average time, seals in 套, a 网办率, a same-day share
P = "上半年"
row("县市场监督管理局、县公安局、县税务局、县人力资源社会保障局",
    "持续优化企业开办服务,企业开办时间压缩至1个工作日以内,为新开办企业免费刻制印章3000套,企业开办“一件事”网办率达到90%。",
    "上半年,全县新设立企业1462户,同比增长8.7%,企业开办全流程平均用时0.8个工作日,较上年压缩0.4个工作日,其中当日办结1138户,占77.8%;通过企业开办“一件事”平台网上办理1297户,网办率88.7%;为新开办企业免费刻制公章1390套,节约企业成本约83.4万元,免费寄递营业执照和印章632件。",
    targets=[M("1个工作日", 1, "个工作日", "企业开办时间", bound="max"),
             M("3000套", 3000, "套", "免费刻制印章"),
             M("90%", 90, "%", "企业开办“一件事”网办率")],
    actuals=[M("1462户", 1462, "户", "新设立企业", period=P),
             M("8.7%", 8.7, "%", "新设立企业同比增长", kind="growth", nth=0, period=P),
             M("0.8个工作日", 0.8, "个工作日", "企业开办全流程平均用时", period=P),
             M("0.4个工作日", 0.4, "个工作日", "企业开办用时较上年压缩", period=P),
             M("1138户", 1138, "户", "当日办结企业", period=P),
             M("77.8%", 77.8, "%", "当日办结占比", period=P),
             M("1297户", 1297, "户", "网上办理企业开办", period=P),
             M("88.7%", 88.7, "%", "企业开办网办率", period=P),
             M("1390套", 1390, "套", "免费刻制公章", period=P),
             M("83.4万元", 83.4, "万元", "节约企业成本", period=P),
             M("632件", 632, "件", "免费寄递营业执照和印章", period=P)],
    pairs=[("t1", ["a3"]), ("t2", ["a9"]), ("t3", ["a8"])],
    note="The cap of 1个工作日 is answered by the average 0.8个工作日 (0.8, within the cap); 压缩0.4个工作日 is a change. Seals 1390/3000 = 0.4633 for the half year. 网办率 88.7/90 = 0.9856 (1297/1462). “一件事” is a slogan, not a count.")

# 3 新增经营主体: no total stated, the three listed parts sum to the year's target, a completion share, a stock with a min bound
P = "前三季度"
S = "截至9月底"
row("县市场监督管理局、县发展改革局",
    "大力培育经营主体,全年新增经营主体1.2万户,其中新增企业3000户以上,经营主体总量突破8万户。",
    "前三季度,全县新登记企业2418户、个体工商户6715户、农民专业合作社103户,新登记经营主体总量同比增长6.8%,完成年度目标的77%。截至9月底,全县实有经营主体8.12万户,较年初增长5.4%,其中企业1.96万户,占24.1%;新登记企业中,第三产业1935户,占80%。",
    targets=[M("1.2万户", 1.2, "万户", "新增经营主体"),
             M("3000户", 3000, "户", "新增企业", bound="min"),
             M("8万户", 8, "万户", "经营主体总量", bound="min")],
    actuals=[M("2418户", 2418, "户", "新登记企业", period=P),
             M("6715户", 6715, "户", "新登记个体工商户", period=P),
             M("103户", 103, "户", "新登记农民专业合作社", period=P),
             M("6.8%", 6.8, "%", "新登记经营主体总量同比增长", kind="growth", period=P),
             M("77%", 77, "%", "完成年度目标的(比例)", period=P),
             M("8.12万户", 8.12, "万户", "实有经营主体(stock)", period=S),
             M("5.4%", 5.4, "%", "实有经营主体较年初增长", kind="growth", period=S),
             M("1.96万户", 1.96, "万户", "实有企业(stock)", period=S),
             M("24.1%", 24.1, "%", "实有企业占比", period=S),
             M("1935户", 1935, "户", "新登记第三产业企业", period=S),
             M("80%", 80, "%", "第三产业占新登记企业比重", period=S)],
    pairs=[("t1", ["a1", "a2", "a3"]), ("t2", ["a1"]), ("t3", ["a6"])],
    note="No total of new registrations is written: 企业 + 个体工商户 + 合作社 = 2418 + 6715 + 103 = 9236户 answers the 1.2万户 target (combine sum, 0.7697, the text's 77% share, which is not paired). New firms 2418/3000 = 0.806. The stock target 突破8万户 is answered by 实有8.12万户 (1.015). The 6.8% growth has no growth target; the stock of firms and the 第三产业 part have none either. 第三产业 is a name.")

# 4 12345热线: three rates answered, numerator and denominator of the 办结率, an approximate daily count
P = "上半年"
row("县12345政务服务便民热线中心、县政务服务和数据管理局",
    "提升12345政务服务便民热线服务质效,热线接通率保持在95%以上,诉求按期办结率达到98%,群众满意率不低于90%。",
    "上半年,12345热线共受理群众来电、网络留言等各类诉求12.7万件,同比增长11.3%,日均受理约700件,受高峰时段话务量集中影响,半年接通率96.2%;其中直接答复8.1万件,直接答复率63.8%;转办工单4.6万件,按期办结4.47万件,按期办结率97.2%;回访满意率91.4%,较去年同期提高1.6个百分点,对38件重点难点诉求开展专项督办。",
    targets=[M("95%", 95, "%", "热线接通率", bound="min"),
             M("98%", 98, "%", "诉求按期办结率"),
             M("90%", 90, "%", "群众满意率", bound="min")],
    actuals=[M("12.7万件", 12.7, "万件", "受理各类诉求", period=P),
             M("11.3%", 11.3, "%", "受理诉求同比增长", kind="growth", period=P),
             M("700件", 700, "件", "日均受理诉求", period=P),
             M("96.2%", 96.2, "%", "热线接通率", period=P),
             M("8.1万件", 8.1, "万件", "直接答复诉求", period=P),
             M("63.8%", 63.8, "%", "直接答复率", period=P),
             M("4.6万件", 4.6, "万件", "转办工单", period=P),
             M("4.47万件", 4.47, "万件", "按期办结工单", period=P),
             M("97.2%", 97.2, "%", "按期办结率", period=P),
             M("91.4%", 91.4, "%", "回访满意率", period=P),
             M("1.6个百分点", 1.6, "个百分点", "满意率较去年同期提高", kind="growth", period=P),
             M("38件", 38, "件", "专项督办重点难点诉求", period=P)],
    pairs=[("t1", ["a4"]), ("t2", ["a9"]), ("t3", ["a10"])],
    note="96.2/95 = 1.0126; 97.2/98 = 0.9918 (4.47/4.6 are its numerator and denominator); 91.4/90 = 1.0156. 12345 is the hotline's code, not a quantity; 约 on the daily 700件 is not a bound. Volumes, the 直接答复率 and the rise have no target.")

# 5 减税降费: approx total answered by the YTD total (its parts not added again), a share target answered by a share
P = "1-9月"
row("县税务局、县财政局、县医疗保障局",
    "不折不扣落实结构性减税降费政策,全年为经营主体新增减税降费及退税缓费5亿元左右,小微企业和个体工商户受益金额占比不低于70%。",
    "1-9月,全县累计新增减税降费及退税缓费4.26亿元,其中新增减税2.87亿元、新增降费0.61亿元、办理留抵退税0.78亿元;享受政策的纳税人缴费人达2.9万户次,其中小微企业和个体工商户2.38万户次,受益金额2.98亿元,占新增减税降费及退税缓费总额的70%;研发费用加计扣除政策惠及企业186户,减免税额1.12亿元。",
    targets=[M("5亿元", 5, "亿元", "新增减税降费及退税缓费", bound="approx"),
             M("70%", 70, "%", "小微企业和个体工商户受益金额占比", bound="min")],
    actuals=[M("4.26亿元", 4.26, "亿元", "累计新增减税降费及退税缓费", period=P),
             M("2.87亿元", 2.87, "亿元", "新增减税", period=P),
             M("0.61亿元", 0.61, "亿元", "新增降费", period=P),
             M("0.78亿元", 0.78, "亿元", "办理留抵退税", period=P),
             M("2.9万户次", 2.9, "万户次", "享受政策的纳税人缴费人", period=P),
             M("2.38万户次", 2.38, "万户次", "享受政策的小微企业和个体工商户", period=P),
             M("2.98亿元", 2.98, "亿元", "小微企业和个体工商户受益金额", period=P),
             M("70%", 70, "%", "小微企业和个体工商户受益金额占比", period=P),
             M("186户", 186, "户", "研发费用加计扣除惠及企业", period=P),
             M("1.12亿元", 1.12, "亿元", "研发费用加计扣除减免税额", period=P)],
    pairs=[("t1", ["a1"]), ("t2", ["a8"])],
    note="The YTD total 4.26亿元 answers the approx 5亿元 (0.852); its 其中 parts 2.87 + 0.61 + 0.78 = 4.26 are not added again. The amount share 70/70 = 1.0 (2.98/4.26); the share of 户次 (2.38/2.9, 82%) is not written and is another measure. The R&D deduction figures have no target.")

# 6 高效办成一件事: a stated total answers (its two parts not added), candidates in testing, reduction shares
P = "截至9月底"
row("县政务服务和数据管理局、县直有关部门",
    "落实国务院“高效办成一件事”重点事项清单,年内推出集成办“一件事”20个以上,已上线事项平均减少办事环节50%以上。",
    "截至9月底,国家部署的第一批13个“一件事”重点事项已全部落地实施,我县另行推出新生儿出生、退休、企业迁移登记等本地特色“一件事”5个,合计上线18个,累计办件2.36万件;经测算,已上线事项平均减少办事环节58%、减少提交材料62%、压缩办理时限71%。其余2个事项正在进行系统对接联调,计划11月上线。",
    targets=[M("20个", 20, "个", "推出集成办“一件事”", bound="min"),
             M("50%", 50, "%", "平均减少办事环节", kind="reduction", bound="min")],
    actuals=[M("13个", 13, "个", "国家第一批“一件事”重点事项落地", period=P),
             M("5个", 5, "个", "本地特色“一件事”", period=P),
             M("18个", 18, "个", "合计上线“一件事”", period=P),
             M("2.36万件", 2.36, "万件", "累计办件", period=P),
             M("58%", 58, "%", "平均减少办事环节", kind="reduction", period=P),
             M("62%", 62, "%", "减少提交材料", kind="reduction", period=P),
             M("71%", 71, "%", "压缩办理时限", kind="reduction", period=P),
             M("2个", 2, "个", "正在联调事项(candidates)")],
    pairs=[("t1", ["a3"]), ("t2", ["a5"])],
    note="The stated total 18个 answers (0.9); 13 + 5 are its parts and are not added again. The 2 items still in system testing (计划11月上线) are candidates (would-be (18 + 2)/20 = 1.0). The reduction of steps 58/50 = 1.16; materials and time limits have no target. 第一批 is a batch label; “一件事” a slogan.")

# 7 惠企政策兑现: YTD amount vs amounts only accepted and under review, a share of items, an old baseline time
P = "上半年"
row("县发展改革局(县营商环境建设服务中心)、县财政局、县工业和信息化局",
    "建好用好惠企政策兑现平台,全年兑现各类惠企政策资金3亿元以上,“免申即享”政策事项占比达到30%。",
    "上半年,县惠企政策兑现平台累计上线政策事项150项,兑现各类奖补资金1.86亿元,惠及企业1247家次,平均兑现时间由原来的45天缩短至12天;其中以“免申即享”方式兑现的政策事项41项,占上线政策事项的27.3%,兑现资金0.54亿元。另有已受理、正在审核的申报资金0.92亿元,预计三季度末前拨付到位。",
    targets=[M("3亿元", 3, "亿元", "兑现惠企政策资金", bound="min"),
             M("30%", 30, "%", "“免申即享”政策事项占比")],
    actuals=[M("150项", 150, "项", "上线政策事项(scope)", period=P),
             M("1.86亿元", 1.86, "亿元", "兑现各类奖补资金", period=P),
             M("1247家次", 1247, "家次", "惠及企业", period=P),
             M("45天", 45, "天", "原平均兑现时间(baseline)"),
             M("12天", 12, "天", "平均兑现时间", period=P),
             M("41项", 41, "项", "“免申即享”政策事项", period=P),
             M("27.3%", 27.3, "%", "“免申即享”事项占上线政策事项比重", period=P),
             M("0.54亿元", 0.54, "亿元", "“免申即享”兑现资金", period=P),
             M("0.92亿元", 0.92, "亿元", "已受理正在审核的申报资金(candidates)")],
    pairs=[("t1", ["a2"]), ("t2", ["a7"])],
    note="Paid out 1.86/3 = 0.62 for the half year; the 0.92亿元 only accepted and under review is not paid (would-be sum 0.9267). The share 27.3/30 = 0.91 (41/150). 45天 is the old baseline; 0.54亿元 is a part of the 1.86亿元.")

# 8 营商环境评价: a rank target (not a quantity), a complaint rate answered, events counted in 次
P = "上半年"
row("县发展改革局(县优化营商环境办公室)",
    "营商环境评价位次保持全市前3位,营商环境投诉举报办结率100%,开展营商环境“体验官”活动10次。",
    "在全市2023年度营商环境评价中,我县综合得分86.42分,位列第2名,较上年前移1位,18项一级指标中有11项进入全市前三。上半年,县营商环境投诉举报中心受理各类投诉举报57件,已办结55件,办结率96.5%,其余2件正在调查处理;邀请企业负责人、人大代表等担任营商环境“体验官”,开展体验活动6次,发现并推动整改问题23个。",
    targets=[M("100%", 100, "%", "营商环境投诉举报办结率"),
             M("10次", 10, "次", "营商环境“体验官”活动")],
    actuals=[M("86.42分", 86.42, "分", "营商环境评价综合得分"),
             M("18项", 18, "项", "一级指标(scope)"),
             M("11项", 11, "项", "进入全市前三的一级指标"),
             M("57件", 57, "件", "受理投诉举报", period=P),
             M("55件", 55, "件", "已办结投诉举报", period=P),
             M("96.5%", 96.5, "%", "投诉举报办结率", period=P),
             M("2件", 2, "件", "正在调查处理投诉举报", period=P),
             M("6次", 6, "次", "营商环境体验活动", period=P),
             M("23个", 23, "个", "发现并推动整改问题", period=P)],
    pairs=[("t1", ["a6"]), ("t2", ["a8"])],
    note="前3位 is a rank (not annotated) and 第2名 answers it only as a rank; 前移1位 is a rank change. 办结率 96.5/100 = 0.965 (55/57; the 2 under investigation are not closed). Events 6/10 = 0.6. The score 86.42分 and the indicator counts have no target; 一级 is a grade label, 2023年度 a year.")

# 9 工程建设项目审批 (full-width digits): two max times answered by averages, projects started vs in permitting
P = "前三季度"
row("县住房和城乡建设局、县自然资源和规划局、县政务服务和数据管理局",
    "深化工程建设项目审批制度改革,审批全流程时间压缩至６０个工作日以内,其中社会投资小型低风险项目压缩至１５个工作日以内,“拿地即开工”项目达到２０个。",
    "前三季度,全县通过工程建设项目审批管理系统审批项目１８６个,全流程平均用时５２．６个工作日,较上年同期缩短９．４个工作日;其中社会投资小型低风险项目２７个,平均用时１１个工作日;推行“拿地即开工”“交地即交证”,实现“拿地即开工”项目１４个,另有５个项目已完成供地、正在办理施工许可;联合验收项目４３个,平均用时３．５个工作日。",
    targets=[M("６０个工作日", 60, "个工作日", "工程建设项目审批全流程时间", bound="max"),
             M("１５个工作日", 15, "个工作日", "社会投资小型低风险项目审批时间", bound="max"),
             M("２０个", 20, "个", "“拿地即开工”项目")],
    actuals=[M("１８６个", 186, "个", "审批项目", period=P),
             M("５２．６个工作日", 52.6, "个工作日", "全流程平均用时", period=P),
             M("９．４个工作日", 9.4, "个工作日", "全流程用时较上年同期缩短", period=P),
             M("２７个", 27, "个", "社会投资小型低风险项目", period=P),
             M("１１个工作日", 11, "个工作日", "小型低风险项目平均用时", period=P),
             M("１４个", 14, "个", "实现“拿地即开工”项目", period=P),
             M("５个", 5, "个", "正在办理施工许可项目(candidates)", nth=0, period=P),
             M("４３个", 43, "个", "联合验收项目", period=P),
             M("３．５个工作日", 3.5, "个工作日", "联合验收平均用时", period=P)],
    pairs=[("t1", ["a2"]), ("t2", ["a5"]), ("t3", ["a6"])],
    note="Full-width digits. Average times answer the caps: 52.6/60 = 0.8767, 11/15 = 0.7333 (both within). 14/20 = 0.7; the 5 still in permitting have not started (would-be sum 0.95). 缩短9.4个工作日 is a change; 联合验收 has no target.")

# 10 不动产登记: 分别 over two max times in the task, one answered by a bound stated as 1个工作日内, a coverage share
P = "上半年"
row("县自然资源和规划局(县不动产登记中心)、县税务局、县住房和城乡建设局",
    "一般登记、抵押登记业务办理时间分别压缩至3个工作日、1个工作日以内,新建商品房项目“交房即交证”覆盖率达到100%。",
    "上半年,县不动产登记中心共办理各类登记业务2.13万件,同比下降6.2%;一般登记平均办理时间2.5个工作日,抵押登记全部实现1个工作日内办结,其中通过“全程网办”办理抵押登记4867件;全县新交付商品房项目12个,其中实现“交房即交证”9个,涉及3126户,覆盖率75%,其余3个项目因开发企业欠缴土地出让金暂未办理。",
    targets=[M("3个工作日", 3, "个工作日", "一般登记业务办理时间", bound="max"),
             M("1个工作日", 1, "个工作日", "抵押登记业务办理时间", bound="max"),
             M("100%", 100, "%", "“交房即交证”覆盖率")],
    actuals=[M("2.13万件", 2.13, "万件", "办理各类登记业务", period=P),
             M("6.2%", 6.2, "%", "登记业务同比下降", kind="reduction", period=P),
             M("2.5个工作日", 2.5, "个工作日", "一般登记平均办理时间", period=P),
             M("1个工作日", 1, "个工作日", "抵押登记办结时间", period=P),
             M("4867件", 4867, "件", "全程网办抵押登记", period=P),
             M("12个", 12, "个", "新交付商品房项目(scope)", period=P),
             M("9个", 9, "个", "实现“交房即交证”项目", period=P),
             M("3126户", 3126, "户", "“交房即交证”涉及户数", period=P),
             M("75%", 75, "%", "“交房即交证”覆盖率", period=P),
             M("3个", 3, "个", "暂未办理项目", period=P)],
    pairs=[("t1", ["a3"]), ("t2", ["a4"]), ("t3", ["a9"])],
    note="分别 maps 3个工作日 to 一般登记 and 1个工作日 to 抵押登记, both capped by 以内. 2.5/3 = 0.8333; 抵押登记 全部…1个工作日内 answers at the cap (1.0). Coverage 75/100 = 0.75 (9/12 projects). The fall in the number of registrations has no target.")

# 11 公共資源交易 (traditional): a fall, three parts adding up to the total, savings and a savings rate, 均 with no number
P = "截至9月底"
row("縣公共資源交易中心、縣財政局、縣發展和改革局",
    "推進公共資源交易全流程電子化,電子化交易率保持100%,全年完成交易額突破80億元,節約財政資金2億元以上。",
    "截至9月底,縣公共資源交易中心共完成各類交易項目1024宗,交易額63.8億元,同比下降4.6%,其中工程建設類41.2億元、政府採購類9.7億元、土地礦業權類12.9億元;工程建設和政府採購項目節約資金1.57億元,節資率3%;全流程電子化交易率100%,“不見面開標”項目佔比98.6%;受理質疑投訴17件,均已按期答覆處理。",
    targets=[M("100%", 100, "%", "電子化交易率"),
             M("80億元", 80, "億元", "交易額", bound="min"),
             M("2億元", 2, "億元", "節約財政資金", bound="min")],
    actuals=[M("1024宗", 1024, "宗", "完成各類交易項目", period=P),
             M("63.8億元", 63.8, "億元", "交易額", period=P),
             M("4.6%", 4.6, "%", "交易額同比下降", kind="reduction", period=P),
             M("41.2億元", 41.2, "億元", "工程建設類交易額", period=P),
             M("9.7億元", 9.7, "億元", "政府採購類交易額", period=P),
             M("12.9億元", 12.9, "億元", "土地礦業權類交易額", period=P),
             M("1.57億元", 1.57, "億元", "節約資金", period=P),
             M("3%", 3, "%", "節資率", period=P),
             M("100%", 100, "%", "全流程電子化交易率", period=P),
             M("98.6%", 98.6, "%", "“不見面開標”項目佔比", period=P),
             M("17件", 17, "件", "受理質疑投訴", period=P)],
    pairs=[("t1", ["a9"]), ("t2", ["a2"]), ("t3", ["a7"])],
    note="Traditional characters. 100/100 = 1.0. The total 63.8億元 answers (0.7975 by 9月底); its parts 41.2 + 9.7 + 12.9 = 63.8 are not added again; the fall of 4.6% has no growth target. Savings 1.57/2 = 0.785; the 節資率 has no target. 均已…處理 carries no number.")

# 12 “双随机、一公开”: a share target answered by the share, 批次 checks, credit repair done vs applications under review
P = "上半年"
row("县市场监督管理局、县发展改革局(县信用办)、县直各执法部门",
    "全面推行“双随机、一公开”监管,部门联合抽查占比不低于30%,完成产品质量监督抽查300批次,全年帮助失信主体完成信用修复500家。",
    "上半年,全县市场监管领域制定“双随机、一公开”抽查计划46项,已完成42项,抽查经营主体1865户次,发现问题并责令整改93户次;其中部门联合抽查14项,占已完成抽查的33.3%;完成产品质量监督抽查176批次,不合格12批次,已全部依法处置;通过“信用中国”网站和线下窗口帮助312家经营主体完成信用修复,同比增长41%,另有47家已提交修复申请正在审核。",
    targets=[M("30%", 30, "%", "部门联合抽查占比", bound="min"),
             M("300批次", 300, "批次", "产品质量监督抽查"),
             M("500家", 500, "家", "完成信用修复失信主体")],
    actuals=[M("46项", 46, "项", "“双随机”抽查计划", period=P),
             M("42项", 42, "项", "已完成抽查计划", period=P),
             M("1865户次", 1865, "户次", "抽查经营主体", period=P),
             M("93户次", 93, "户次", "责令整改经营主体", period=P),
             M("14项", 14, "项", "部门联合抽查", period=P),
             M("33.3%", 33.3, "%", "部门联合抽查占比", period=P),
             M("176批次", 176, "批次", "产品质量监督抽查", period=P),
             M("12批次", 12, "批次", "抽查不合格", period=P),
             M("312家", 312, "家", "完成信用修复经营主体", period=P),
             M("41%", 41, "%", "信用修复同比增长", kind="growth", period=P),
             M("47家", 47, "家", "已提交修复申请正在审核(candidates)", period=P)],
    pairs=[("t1", ["a6"]), ("t2", ["a7"]), ("t3", ["a9"])],
    note="33.3/30 = 1.11 (14/42). Checks 176/300 = 0.5867 for the half year. Credit repair done 312/500 = 0.624; the 47 applications under review are not repaired yet (would-be sum 0.718). “双随机、一公开” is a slogan (its 一 is not a count).")

# 13 综合窗口与便民服务中心: a share with its counts, a restated scope, centres finished vs being decorated, stations with a coverage
P = "截至9月底"
row("县政务服务和数据管理局、各乡镇人民政府(街道办事处)",
    "深化“一窗通办”改革,县政务服务中心综合窗口占比达到80%以上;建成标准化乡镇(街道)便民服务中心12个、村(社区)便民服务站240个。",
    "截至9月底,县政务服务中心现有进驻部门32个、窗口86个,其中综合窗口71个,占82.6%,较年初增加综合窗口15个;12个乡镇(街道)便民服务中心已完成标准化改造10个,另2个正在进行内部装修,预计10月底投用;村(社区)便民服务站建成226个,覆盖率94.2%,每个站点均配备专兼职帮代办员2名。",
    targets=[M("80%", 80, "%", "综合窗口占比", bound="min"),
             M("12个", 12, "个", "建成标准化乡镇(街道)便民服务中心"),
             M("240个", 240, "个", "村(社区)便民服务站")],
    actuals=[M("32个", 32, "个", "进驻部门", period=P),
             M("86个", 86, "个", "县政务服务中心窗口", period=P),
             M("71个", 71, "个", "综合窗口", period=P),
             M("82.6%", 82.6, "%", "综合窗口占比", period=P),
             M("15个", 15, "个", "较年初增加综合窗口", period=P),
             M("12个", 12, "个", "乡镇(街道)便民服务中心(scope, restated)", period=P),
             M("10个", 10, "个", "完成标准化改造便民服务中心", period=P),
             M("2个", 2, "个", "正在装修便民服务中心", nth=2, period=P),
             M("226个", 226, "个", "建成村(社区)便民服务站", period=P),
             M("94.2%", 94.2, "%", "村(社区)便民服务站覆盖率", period=P),
             M("2名", 2, "名", "每站配备专兼职帮代办员", period=P)],
    pairs=[("t1", ["a4"]), ("t2", ["a7"]), ("t3", ["a9"])],
    note="82.6/80 = 1.0325 (71/86). 12个 in the progress restates the scope; centres finished 10/12 = 0.8333, the 2 still being decorated do not count (would-be 1.0). Stations 226/240 = 0.9417 (the 94.2% coverage). 每个站点均…2名 is a per-station staffing with no target; 10月底 is a date.")

# 14 融资: a growth target answered by 同比 growth (较年初 is year to date), a new guarantee amount vs the stock, a max fee rate
P = "截至6月末"
H = "上半年"
row("县金融工作服务中心、人民银行县支行、县融资担保有限公司",
    "着力缓解企业融资难融资贵,普惠小微贷款余额增长15%以上,政府性融资担保机构新增担保额10亿元,平均担保费率降至1%以下。",
    "截至6月末,全县普惠小微贷款余额86.4亿元,较年初增长9.2%,同比增长17.6%,高于各项贷款平均增速6.3个百分点;普惠小微企业贷款加权平均利率4.37%,较上年同期下降0.42个百分点。县融资担保公司上半年新增担保业务418笔、金额5.73亿元,在保余额14.6亿元,平均担保费率0.8%;开展“银税互动”“信易贷”等银企对接活动9场,现场签约金额12.8亿元。",
    targets=[M("15%", 15, "%", "普惠小微贷款余额增长", kind="growth", bound="min"),
             M("10亿元", 10, "亿元", "政府性融资担保新增担保额"),
             M("1%", 1, "%", "平均担保费率", bound="max")],
    actuals=[M("86.4亿元", 86.4, "亿元", "普惠小微贷款余额(stock)", period=P),
             M("9.2%", 9.2, "%", "普惠小微贷款余额较年初增长", kind="growth", period=P),
             M("17.6%", 17.6, "%", "普惠小微贷款余额同比增长", kind="growth", period=P),
             M("6.3个百分点", 6.3, "个百分点", "高于各项贷款平均增速", period=P),
             M("4.37%", 4.37, "%", "普惠小微企业贷款加权平均利率", period=P),
             M("0.42个百分点", 0.42, "个百分点", "利率较上年同期下降", kind="reduction", period=P),
             M("418笔", 418, "笔", "新增担保业务", period=H),
             M("5.73亿元", 5.73, "亿元", "新增担保金额", period=H),
             M("14.6亿元", 14.6, "亿元", "在保余额(stock)", period=H),
             M("0.8%", 0.8, "%", "平均担保费率", period=H),
             M("9场", 9, "场", "银企对接活动", period=H),
             M("12.8亿元", 12.8, "亿元", "银企对接现场签约金额", period=H)],
    pairs=[("t1", ["a3"]), ("t2", ["a8"]), ("t3", ["a10"])],
    note="The loan-growth target is a year-on-year rate: 同比17.6% answers (1.1733); 较年初9.2% is the half-year change since the start of the year (would-be 0.6133; at year end the two coincide). New guarantees 5.73/10 = 0.573; the 在保余额14.6亿元 is a stock (would-be 1.46). The fee rate 0.8% is within the 1% cap (0.8). The loan rate and the signing amount have no target.")

# 15 帮办代办 (Chinese numeral in the task): 办结 answers, services provided are a broader aggregate, a satisfaction rate
P = "截至9月底"
row("县发展改革局、县政务服务和数据管理局、各乡镇人民政府",
    "健全重点项目全程帮办代办机制,全年为企业和项目办结帮办代办事项二百件以上,帮办代办满意率达到100%。",
    "截至9月底,组建县、乡、村三级帮办代办队伍,配备帮办代办员312名;为重点项目提供帮办代办服务186件,涉及项目总投资96.3亿元,其中省市重点项目24个;已办结163件,其余23件正在办理,平均办理时间较法定时限压缩65%以上;回访企业满意率100%。",
    targets=[M("二百件", 200, "件", "办结帮办代办事项", bound="min"),
             M("100%", 100, "%", "帮办代办满意率")],
    actuals=[M("312名", 312, "名", "帮办代办员", period=P),
             M("186件", 186, "件", "提供帮办代办服务", period=P),
             M("96.3亿元", 96.3, "亿元", "涉及项目总投资", period=P),
             M("24个", 24, "个", "省市重点项目", period=P),
             M("163件", 163, "件", "已办结帮办代办事项", period=P),
             M("23件", 23, "件", "正在办理帮办代办事项", period=P),
             M("65%", 65, "%", "办理时间较法定时限压缩", kind="reduction", period=P),
             M("100%", 100, "%", "回访企业满意率", period=P)],
    pairs=[("t1", ["a5"]), ("t2", ["a8"])],
    note="Chinese numeral in the task (二百件). The target counts completed items: 163/200 = 0.815; the 186 services provided include the 23 still in progress (would-be 0.93). 100/100 = 1.0. 三级 names the levels, not a count; the investment, key projects and the 65% compression have no target.")

# 16 获得电力: a max time answered by the average, a class threshold in both columns, savings answered, a fall
P = "1-9月"
row("国网县供电公司、县发展改革局、县住房和城乡建设局",
    "持续提升“获得电力”服务水平,低压小微企业办电平均时间压缩至5个工作日以内,全面落实160千瓦及以下小微企业“零投资”接电,全年为企业节省办电投资3000万元。",
    "1-9月,县供电公司受理低压小微企业用电报装1126户,平均接电时间3.2个工作日,较上年同期缩短1.3个工作日;全面执行160千瓦及以下小微企业“零投资”接电政策,累计为小微企业节省办电投资2318万元;高压用户平均办电时间23天,较上年缩短6天;全县用户平均停电时间3.86小时,同比下降12.4%。",
    targets=[M("5个工作日", 5, "个工作日", "低压小微企业办电平均时间", bound="max"),
             M("3000万元", 3000, "万元", "为企业节省办电投资")],
    other=[O("160千瓦", 160, "千瓦", "class threshold (160千瓦及以下小微企业)")],
    actuals=[M("1126户", 1126, "户", "低压小微企业用电报装", period=P),
             M("3.2个工作日", 3.2, "个工作日", "低压小微企业平均接电时间", period=P),
             M("1.3个工作日", 1.3, "个工作日", "接电时间较上年同期缩短", period=P),
             M("160千瓦", 160, "千瓦", "“零投资”接电容量门槛(class threshold)"),
             M("2318万元", 2318, "万元", "累计节省办电投资", period=P),
             M("23天", 23, "天", "高压用户平均办电时间", period=P),
             M("6天", 6, "天", "高压办电时间较上年缩短", period=P),
             M("3.86小时", 3.86, "小时", "用户平均停电时间", period=P),
             M("12.4%", 12.4, "%", "平均停电时间同比下降", kind="reduction", period=P)],
    pairs=[("t1", ["a2"]), ("t2", ["a5"])],
    note="3.2/5 = 0.64 (within the cap). Savings 2318/3000 = 0.7727 by 9月. 160千瓦 is a class threshold in both columns. High-voltage times and outage hours have no target.")

# 17 用水用氣報裝 (traditional): 分別 with the unit written once (inferred), a time over the cap, free connections
P = "上半年"
row("縣住房和城鄉建設局、縣自來水公司、縣燃氣公司",
    "優化用水用氣報裝服務,無外線工程的用水、用氣報裝時間分別壓縮至3個、4個工作日以內,為小微企業免費接入供水管網不少於200戶。",
    "上半年,縣自來水公司受理用水報裝412戶,無外線工程的用水報裝平均用時2.6個工作日;縣燃氣公司受理用氣報裝286戶,平均用時4.3個工作日,主要是部分老舊小區燃氣管網需開挖道路、辦理佔道審批,較目標多用0.3個工作日;為小微企業免費接入供水管網137戶,減少企業投資約96萬元。",
    targets=[M("3個", 3, "個工作日", "無外線工程用水報裝時間", bound="max", unit_inferred=True),
             M("4個工作日", 4, "個工作日", "無外線工程用氣報裝時間", bound="max"),
             M("200戶", 200, "戶", "為小微企業免費接入供水管網", bound="min")],
    actuals=[M("412戶", 412, "戶", "受理用水報裝", period=P),
             M("2.6個工作日", 2.6, "個工作日", "無外線工程用水報裝平均用時", period=P),
             M("286戶", 286, "戶", "受理用氣報裝", period=P),
             M("4.3個工作日", 4.3, "個工作日", "用氣報裝平均用時", period=P),
             M("0.3個工作日", 0.3, "個工作日", "用氣報裝較目標多用", period=P),
             M("137戶", 137, "戶", "為小微企業免費接入供水管網", period=P),
             M("96萬元", 96, "萬元", "減少企業投資", period=P)],
    pairs=[("t1", ["a2"]), ("t2", ["a4"]), ("t3", ["a6"])],
    note="Traditional characters. 分別 maps 3個 (unit 個工作日 written only once, inferred) to water and 4個工作日 to gas. Water 2.6/3 = 0.8667; gas 4.3/4 = 1.075, over the cap (the text's 多用0.3個工作日). Free connections 137/200 = 0.685 for the half year. 約 on 96萬元 is not a bound.")

# 18 办税: an online rate answered, a max refund time answered (一类、二类 are grade labels), satisfaction not yet published
P = "1-9月"
row("县税务局",
    "深化智慧税务建设,办税缴费事项网上办理率达到98%以上,正常出口退税平均办理时间压缩至3个工作日以内,纳税人满意度达到95%以上。",
    "1-9月,县税务局通过电子税务局办理各类涉税事项48.7万笔,网上办理率99.1%,较上年同期提高1.4个百分点;办理出口退税3.46亿元,同比增长22.3%,惠及外贸企业87户,一类、二类出口企业正常出口退税平均办理时间2.1个工作日;新设立征纳互动服务中心1个,远程帮办问办2.6万次。纳税人满意度调查由省税务局统一组织,结果将于年底公布。",
    targets=[M("98%", 98, "%", "办税缴费事项网上办理率", bound="min"),
             M("3个工作日", 3, "个工作日", "正常出口退税平均办理时间", bound="max"),
             M("95%", 95, "%", "纳税人满意度", bound="min")],
    actuals=[M("48.7万笔", 48.7, "万笔", "电子税务局办理涉税事项", period=P),
             M("99.1%", 99.1, "%", "网上办理率", period=P),
             M("1.4个百分点", 1.4, "个百分点", "网上办理率较上年同期提高", kind="growth", period=P),
             M("3.46亿元", 3.46, "亿元", "办理出口退税", period=P),
             M("22.3%", 22.3, "%", "出口退税同比增长", kind="growth", period=P),
             M("87户", 87, "户", "惠及外贸企业", period=P),
             M("2.1个工作日", 2.1, "个工作日", "正常出口退税平均办理时间", period=P),
             M("1个", 1, "个", "新设立征纳互动服务中心", nth=1, period=P),
             M("2.6万次", 2.6, "万次", "远程帮办问办", period=P)],
    pairs=[("t1", ["a2"]), ("t2", ["a7"])],
    note="99.1/98 = 1.0112; 2.1/3 = 0.7 (within the cap). The satisfaction survey is published at year end: t3 is unpaired. 一类、二类 are grade labels of exporters. Refund amounts and the service centre have no target.")

# 19 个转企 and 规上/限上 (各30家): a completion share, parts of a total, a candidate awaiting the statistics bureau, a 分行业 list
P = "前三季度"
row("县市场监督管理局、县工业和信息化局、县商务局、县统计局",
    "推动经营主体升级壮大,全年实现“个转企”200户,新增规模以上工业企业、限额以上商贸企业各30家。",
    "前三季度,全县完成“个转企”150户,完成年度任务的75%,其中通过直接变更登记方式转型128户、注销后新设22户,转企后新增注册资本1.38亿元;新增入库规模以上工业企业21家,另有9家已申报、待市统计局审核入库;新增限额以上商贸企业33家,其中批发业14家、零售业11家、住宿餐饮业8家。",
    targets=[M("200户", 200, "户", "“个转企”"),
             M("各30家", 30, "家", "新增规模以上工业企业"),
             M("各30家", 30, "家", "新增限额以上商贸企业")],
    actuals=[M("150户", 150, "户", "完成“个转企”", period=P),
             M("75%", 75, "%", "完成年度任务的(比例)", period=P),
             M("128户", 128, "户", "直接变更登记转型", period=P),
             M("22户", 22, "户", "注销后新设", period=P),
             M("1.38亿元", 1.38, "亿元", "转企后新增注册资本", period=P),
             M("21家", 21, "家", "新增入库规模以上工业企业", period=P),
             M("9家", 9, "家", "已申报待审核规上工业企业(candidates)", period=P),
             M("33家", 33, "家", "新增限额以上商贸企业", period=P),
             M("14家", 14, "家", "新增限上批发业企业", period=P),
             M("11家", 11, "家", "新增限上零售业企业", period=P),
             M("8家", 8, "家", "新增限上住宿餐饮业企业", period=P)],
    pairs=[("t1", ["a1"]), ("t2", ["a6"]), ("t3", ["a8"])],
    note="各30家 is two targets of 30. “个转企” 150/200 = 0.75 (the 75% share is not paired; 128 + 22 are its parts). 规上 21/30 = 0.7; the 9 firms awaiting the statistics bureau are candidates (would-be sum 1.0). 限上 33/30 = 1.1; 14 + 11 + 8 are its parts.")

# 20 电子证照与数据共享: 应用率 answers, not 可用率; new interfaces vs calls; 免证办 items
P = "截至6月底"
row("县政务服务和数据管理局、县直各部门",
    "推进政务数据共享应用,电子证照应用率达到90%,新增发布数据共享接口100个,“免证办”事项达到300项。",
    "截至6月底,县级累计归集电子证照186类、证照数据42.6万条,政务服务事项电子证照可用率92.3%,但实际调用应用率仅为71.5%,部分部门仍要求群众提供纸质材料;上半年新增发布数据共享接口64个,累计调用接口数据318万次;梳理推出“免证办”事项326项,实现群众办事免提交证照材料3.1万件次。",
    targets=[M("90%", 90, "%", "电子证照应用率"),
             M("100个", 100, "个", "新增发布数据共享接口"),
             M("300项", 300, "项", "“免证办”事项")],
    actuals=[M("186类", 186, "类", "归集电子证照", period=P),
             M("42.6万条", 42.6, "万条", "证照数据", period=P),
             M("92.3%", 92.3, "%", "电子证照可用率", period=P),
             M("71.5%", 71.5, "%", "电子证照实际调用应用率", period=P),
             M("64个", 64, "个", "新增发布数据共享接口", period="上半年"),
             M("318万次", 318, "万次", "累计调用接口数据", period="上半年"),
             M("326项", 326, "项", "“免证办”事项", period="上半年"),
             M("3.1万件次", 3.1, "万件次", "免提交证照材料", period="上半年")],
    pairs=[("t1", ["a4"]), ("t2", ["a5"]), ("t3", ["a7"])],
    note="The target is 应用率: 71.5/90 = 0.7944; the 可用率 92.3% is another measure (would-be 1.0256). New interfaces 64/100 = 0.64; calls have no target. 免证办 326/300 = 1.0867.")

# 21 涉企检查: a reduction target answered by a reduction, 余 on a count, 综合查一次 a slogan
P = "1-9月"
row("县司法局、县市场监督管理局、县直各行政执法部门",
    "规范涉企行政执法,涉企行政检查频次同比下降30%以上,全面推行轻微违法行为“首违不罚”清单制度。",
    "1-9月,全县行政执法部门开展涉企行政检查2186户次,同比下降34.7%;推行“综合查一次”联合检查173次,减少重复检查1200余户次;依法对轻微违法行为不予处罚、减轻处罚案件318件,涉及金额412.6万元;收到企业反映多头检查问题3件,均已督促整改。",
    targets=[M("30%", 30, "%", "涉企行政检查频次", kind="reduction", bound="min")],
    actuals=[M("2186户次", 2186, "户次", "涉企行政检查", period=P),
             M("34.7%", 34.7, "%", "涉企行政检查同比下降", kind="reduction", period=P),
             M("173次", 173, "次", "联合检查", period=P),
             M("1200余户次", 1200, "户次", "减少重复检查", period=P),
             M("318件", 318, "件", "不予处罚、减轻处罚案件", period=P),
             M("412.6万元", 412.6, "万元", "不予处罚、减轻处罚涉及金额", period=P),
             M("3件", 3, "件", "企业反映多头检查问题", period=P)],
    pairs=[("t1", ["a2"])],
    note="The reduction answers the reduction target: 34.7/30 = 1.1567. 2186户次 is the level after the fall. “综合查一次” and “首违不罚” are slogans; 余 on 1200户次 is not a bound. The other counts have no target.")

# 22 用工保障 (full-width digits): job fairs, hires confirmed vs intentions, subsidies without target
P = "上半年"
row("县人力资源和社会保障局、县就业服务中心",
    "强化企业用工保障,全年举办各类招聘活动８０场,帮助重点企业招用工１．５万人。",
    "上半年,举办“春风行动”“民营企业招聘月”等线上线下招聘会４６场,参会企业１８３０家次,提供就业岗位３．２万个,达成就业意向１．１２万人,经回访确认帮助重点企业招用工０．８６万人;为企业发放一次性扩岗补助２１６万元、稳岗返还资金６３８万元,惠及企业１２７２家。",
    targets=[M("８０场", 80, "场", "举办招聘活动"),
             M("１．５万人", 1.5, "万人", "帮助重点企业招用工")],
    actuals=[M("４６场", 46, "场", "线上线下招聘会", period=P),
             M("１８３０家次", 1830, "家次", "参会企业", period=P),
             M("３．２万个", 3.2, "万个", "提供就业岗位", period=P),
             M("１．１２万人", 1.12, "万人", "达成就业意向(candidates)", period=P),
             M("０．８６万人", 0.86, "万人", "帮助重点企业招用工", period=P),
             M("２１６万元", 216, "万元", "一次性扩岗补助", period=P),
             M("６３８万元", 638, "万元", "稳岗返还资金", period=P),
             M("１２７２家", 1272, "家", "惠及企业", period=P)],
    pairs=[("t1", ["a1"]), ("t2", ["a5"])],
    note="Full-width digits. Job fairs 46/80 = 0.575. Confirmed hires 0.86/1.5 = 0.5733; the 1.12万人 are only intentions (would-be 0.7467). 一次性 is a word; subsidies and posts have no target.")

# 23 好差评: an active-evaluation rate, a correction rate answered, a call-back rate stated only in words
P = "1-9月"
row("县政务服务和数据管理局",
    "完善政务服务“好差评”制度,主动评价率达到90%,差评整改率100%,实名差评回访率100%。",
    "1-9月,全县政务服务“好差评”系统共收到评价38.6万条,主动评价率86.4%,好评率99.96%;收到差评23条,经核实属实19条,已全部整改到位,整改率100%,其余4条为误评或超出办理权限;23条差评中实名差评21条,均已在2个工作日内完成回访。",
    targets=[M("90%", 90, "%", "主动评价率"),
             M("100%", 100, "%", "差评整改率", nth=0),
             M("100%", 100, "%", "实名差评回访率", nth=1)],
    actuals=[M("38.6万条", 38.6, "万条", "收到评价", period=P),
             M("86.4%", 86.4, "%", "主动评价率", period=P),
             M("99.96%", 99.96, "%", "好评率", period=P),
             M("23条", 23, "条", "收到差评", nth=0, period=P),
             M("19条", 19, "条", "属实差评", period=P),
             M("100%", 100, "%", "差评整改率", period=P),
             M("4条", 4, "条", "误评或超出办理权限差评", period=P),
             M("23条", 23, "条", "差评(scope, restated)", nth=1, period=P),
             M("21条", 21, "条", "实名差评", period=P),
             M("2个工作日", 2, "个工作日", "回访时限", period=P)],
    pairs=[("t1", ["a2"]), ("t2", ["a6"])],
    note="86.4/90 = 0.96. 整改率 100/100 = 1.0 (the 19 verified ones). The call-back rate is stated only in words (均已…完成回访 of the 21 real-name ones): t3 is unpaired (would-be 1.0). The 2个工作日 is a time limit with no target.")

# 24 工業用地 “標準地” (traditional): a share answered, land in 畝 supplied vs parcels awaiting approval, revitalised land
P = "截至9月底"
row("縣自然資源和規劃局、縣經濟開發區管委會、縣發展和改革局",
    "全面推行工業用地“標準地”出讓,新出讓工業用地“標準地”比例達到100%,全年供應工業用地1500畝。",
    "截至9月底,全縣出讓工業用地27宗、面積986.4畝,全部按“標準地”方式出讓,“標準地”佔比100%,實現“拿地即開工”項目9個;另有8宗、約420畝已完成組卷報批,預計四季度掛牌出讓;盤活批而未供和閒置土地312畝。",
    targets=[M("100%", 100, "%", "新出讓工業用地“標準地”比例"),
             M("1500畝", 1500, "畝", "供應工業用地")],
    actuals=[M("27宗", 27, "宗", "出讓工業用地宗數", period=P),
             M("986.4畝", 986.4, "畝", "出讓工業用地面積", period=P),
             M("100%", 100, "%", "“標準地”佔比", period=P),
             M("9個", 9, "個", "“拿地即開工”項目", period=P),
             M("8宗", 8, "宗", "已組卷報批工業用地(candidates)", period=P),
             M("420畝", 420, "畝", "已組卷報批工業用地面積(candidates)", period=P),
             M("312畝", 312, "畝", "盤活批而未供和閒置土地", period=P)],
    pairs=[("t1", ["a3"]), ("t2", ["a2"])],
    note="Traditional characters. 100/100 = 1.0. Land supplied 986.4/1500 = 0.6576; the 420畝 only submitted for approval (報批, to be listed in 四季度) are candidates (would-be sum 0.9376); revitalised land (盤活) is not new supply.")

# 25 助企走访: visits answered, a resolution rate answered (569 + 43 = 612), a 千名 slogan
P = "上半年"
row("县工业和信息化局、县发展改革局、各乡镇人民政府",
    "深化“千名干部联千企”活动,全年走访服务企业2000家次以上,企业反映问题办结率达到95%以上。",
    "上半年,全县287名助企服务专员走访企业2346家次,收集企业诉求问题612个,其中涉及用地、融资、用工等要素保障问题218个;已解决569个,办结率93%,其余43个正在协调推进,对3个跨部门疑难问题提请县政府专题会议研究。",
    targets=[M("2000家次", 2000, "家次", "走访服务企业", bound="min"),
             M("95%", 95, "%", "企业反映问题办结率", bound="min")],
    actuals=[M("287名", 287, "名", "助企服务专员", period=P),
             M("2346家次", 2346, "家次", "走访企业", period=P),
             M("612个", 612, "个", "收集企业诉求问题", period=P),
             M("218个", 218, "个", "要素保障问题", period=P),
             M("569个", 569, "个", "已解决问题", period=P),
             M("93%", 93, "%", "问题办结率", period=P),
             M("43个", 43, "个", "正在协调推进问题", period=P),
             M("3个", 3, "个", "提请专题会议研究疑难问题", nth=1, period=P)],
    pairs=[("t1", ["a2"]), ("t2", ["a6"])],
    note="Visits in the half year already exceed the year's floor: 2346/2000 = 1.173. 办结率 93/95 = 0.9789 (569/612). “千名干部联千企” is a slogan. The other counts have no target.")

# 26 减材料、减时限: two reduction targets answered by reductions, a level share with its baseline, 最多跑一次 a slogan
P = "截至9月底"
row("县政务服务和数据管理局、县直各部门",
    "开展“减材料、减环节、减时限、减跑动”专项行动,依申请政务服务事项申请材料平均压减30%以上,承诺办理时限较法定时限平均压缩60%以上,即办件占比达到50%。",
    "截至9月底,全县1286项依申请政务服务事项全部完成流程再造,申请材料由平均5.6份减少至3.46份,平均压减38.2%,承诺办理时限较法定时限平均压缩72.6%,即办件比例由年初的38.5%提高到46.3%;“最多跑一次”事项占比99.2%,“零跑动”事项占比86.7%。",
    targets=[M("30%", 30, "%", "申请材料平均压减", kind="reduction", bound="min"),
             M("60%", 60, "%", "承诺办理时限较法定时限平均压缩", kind="reduction", bound="min"),
             M("50%", 50, "%", "即办件占比")],
    actuals=[M("1286项", 1286, "项", "依申请政务服务事项(scope)", period=P),
             M("5.6份", 5.6, "份", "原平均申请材料(baseline)", period=P),
             M("3.46份", 3.46, "份", "平均申请材料", period=P),
             M("38.2%", 38.2, "%", "申请材料平均压减", kind="reduction", period=P),
             M("72.6%", 72.6, "%", "承诺办理时限较法定时限平均压缩", kind="reduction", period=P),
             M("38.5%", 38.5, "%", "年初即办件比例(baseline)", period=P),
             M("46.3%", 46.3, "%", "即办件比例", period=P),
             M("99.2%", 99.2, "%", "“最多跑一次”事项占比", period=P),
             M("86.7%", 86.7, "%", "“零跑动”事项占比", period=P)],
    pairs=[("t1", ["a4"]), ("t2", ["a5"]), ("t3", ["a7"])],
    note="Reductions answer reductions: 38.2/30 = 1.2733 (from 5.6 to 3.46份), 72.6/60 = 1.21. 即办件 46.3/50 = 0.926; 38.5% is the start-of-year baseline. “最多跑一次” and “零跑动” are slogans; their shares have no target.")

# 27 政务服务驿站 (Chinese numerals): stations built vs in testing, events, a slogan with a digit
row("县政务服务和数据管理局、县工业园区管委会",
    "打造“15分钟政务服务圈”,在园区、银行网点、大型社区布设政务服务驿站二十个,开展“政务服务进园区”活动十二场。",
    "目前已在工业园区、银行网点和大型社区建成政务服务驿站十六个,可办理社保、医保、公积金等高频事项一百二十项,另有四个驿站正在进行自助终端设备调试;开展“政务服务进园区”活动九场,现场为企业办理业务三百余件,收集意见建议二十一条。",
    targets=[M("二十个", 20, "个", "布设政务服务驿站"),
             M("十二场", 12, "场", "“政务服务进园区”活动")],
    actuals=[M("十六个", 16, "个", "建成政务服务驿站"),
             M("一百二十项", 120, "项", "驿站可办理高频事项"),
             M("四个", 4, "个", "正在调试驿站(candidates)"),
             M("九场", 9, "场", "“政务服务进园区”活动"),
             M("三百余件", 300, "件", "现场办理业务"),
             M("二十一条", 21, "条", "收集意见建议")],
    pairs=[("t1", ["a1"]), ("t2", ["a4"])],
    note="Chinese numerals. Stations built 16/20 = 0.8; the 四个 still being tested are not in service (would-be sum 1.0). Events 9/12 = 0.75. “15分钟政务服务圈” is a slogan. 目前 gives no reporting period.")

# 28 满意度调查: overall satisfaction answered, the 政务服务 component answers its own target, sample sizes
P = "上半年"
row("县发展改革局(县优化营商环境办公室)",
    "经营主体对营商环境综合满意度达到90%以上,其中政务服务满意度达到95%。",
    "委托第三方机构开展上半年营商环境企业满意度调查,共发放问卷1600份,回收有效问卷1526份,有效回收率95.4%。调查显示,企业对营商环境综合满意度为88.7%,较上年同期提高1.9个百分点,其中政务服务满意度94.2%、要素保障满意度83.5%、法治环境满意度90.6%;企业反映较集中的问题主要在融资、用工和涉企检查等方面。",
    targets=[M("90%", 90, "%", "营商环境综合满意度", bound="min"),
             M("95%", 95, "%", "政务服务满意度")],
    actuals=[M("1600份", 1600, "份", "发放问卷", period=P),
             M("1526份", 1526, "份", "回收有效问卷", period=P),
             M("95.4%", 95.4, "%", "有效回收率", period=P),
             M("88.7%", 88.7, "%", "营商环境综合满意度"),
             M("1.9个百分点", 1.9, "个百分点", "综合满意度较上年同期提高", kind="growth"),
             M("94.2%", 94.2, "%", "政务服务满意度"),
             M("83.5%", 83.5, "%", "要素保障满意度"),
             M("90.6%", 90.6, "%", "法治环境满意度")],
    pairs=[("t1", ["a4"]), ("t2", ["a6"])],
    note="88.7/90 = 0.9856; the 政务服务 part 94.2/95 = 0.9916. The response rate 95.4% is not the 95% satisfaction target (would-be 1.0042). The other components and the rise have no target. The 上半年 survey period is in the first sentence; the results sentence states none.")

# 29 中介超市 (full-width digits): a stock level answered (新增 is a part), projects 成交 vs 发布, a reduction of service time
P = "截至９月底"
Q = "前三季度"
row("县政务服务和数据管理局、县发展改革局",
    "规范网上中介服务超市运行,入驻中介机构达到３００家以上,全年通过中介超市成交项目５００个,中介服务平均服务时限压缩３０%以上。",
    "截至９月底,网上中介服务超市累计入驻中介机构３４７家,其中今年新增入驻８２家;前三季度发布采购项目６１２个,成交５３８个,成交金额３１６８万元,较预算金额节约资金５２４万元,节约率１４．２％;中介服务平均服务时限较承诺时限压缩３６．５％。",
    targets=[M("３００家", 300, "家", "入驻中介机构", bound="min"),
             M("５００个", 500, "个", "中介超市成交项目"),
             M("３０%", 30, "%", "中介服务平均服务时限压缩", kind="reduction", bound="min")],
    actuals=[M("３４７家", 347, "家", "累计入驻中介机构(stock)", period=P),
             M("８２家", 82, "家", "今年新增入驻中介机构", period="今年"),
             M("６１２个", 612, "个", "发布采购项目", period=Q),
             M("５３８个", 538, "个", "成交项目", period=Q),
             M("３１６８万元", 3168, "万元", "成交金额", period=Q),
             M("５２４万元", 524, "万元", "节约资金", period=Q),
             M("１４．２％", 14.2, "%", "节约率", period=Q),
             M("３６．５％", 36.5, "%", "平均服务时限较承诺时限压缩", kind="reduction", period=Q)],
    pairs=[("t1", ["a1"]), ("t2", ["a4"]), ("t3", ["a8"])],
    note="Full-width digits. 入驻…达到300家以上 is a level: the stock 347家 answers (1.1567); the 82 new this year are a part (would-be 0.2733). Projects closed 538/500 = 1.076; the 612 published are a broader aggregate (would-be 1.224). Time compression 36.5/30 = 1.2167; the 节约率 is a price saving, not the time target.")

# 30 跨省通办: no total of new items, two listed parts sum to the target, 分别 stocks, cross-region cases
P = "上半年"
row("县政务服务和数据管理局、县公安局、县人力资源和社会保障局、县医疗保障局",
    "扩大政务服务“跨省通办”“省内通办”范围,全年新增通办事项50项,异地代收代办业务办件量突破2万件。",
    "上半年,新增“跨省通办”事项18项、“省内通办”事项27项,全县通办事项累计分别达到186项、312项;在县政务服务中心设立“跨省通办”专窗3个,与浙江、江苏等地11个县(市、区)签订合作协议;办理异地代收代办业务1.36万件,同比增长28.4%,其中社保、医保类业务占58%。",
    targets=[M("50项", 50, "项", "新增通办事项"),
             M("2万件", 2, "万件", "异地代收代办业务办件量", bound="min")],
    actuals=[M("18项", 18, "项", "新增“跨省通办”事项", period=P),
             M("27项", 27, "项", "新增“省内通办”事项", period=P),
             M("186项", 186, "项", "累计“跨省通办”事项(stock)", period=P),
             M("312项", 312, "项", "累计“省内通办”事项(stock)", period=P),
             M("3个", 3, "个", "“跨省通办”专窗", period=P),
             M("11个", 11, "个", "签订合作协议县(市、区)", period=P),
             M("1.36万件", 1.36, "万件", "异地代收代办业务", period=P),
             M("28.4%", 28.4, "%", "异地代收代办业务同比增长", kind="growth", period=P),
             M("58%", 58, "%", "社保、医保类业务占比", period=P)],
    pairs=[("t1", ["a1", "a2"]), ("t2", ["a7"])],
    note="The target covers both kinds of new items: 18 + 27 = 45项 (combine sum, 0.9); the 分别 stocks 186项 and 312项 do not answer a 新增 target. Cross-region cases 1.36/2 = 0.68 for the half year; the growth and the 58% share have no target.")

# 31 簡易註銷 (traditional): an old rule in the task (other), the rule met as written, simple deregistrations vs all deregistrations
P = "前三季度"
row("縣市場監督管理局、縣稅務局、縣人力資源和社會保障局",
    "暢通經營主體退出渠道,全面推行企業簡易註銷,簡易註銷公告期由45天壓縮至20天,全年辦理企業簡易註銷800戶。",
    "前三季度,全縣辦理企業註銷登記1126戶,同比增長9.8%,其中簡易註銷683戶,佔60.7%;簡易註銷公告期已統一壓縮至20天,企業從申請到辦結平均用時1.5個工作日;對長期停業未經營的326戶“殭屍”企業依法啟動強制註銷程序,已完成註銷194戶。",
    targets=[M("20天", 20, "天", "簡易註銷公告期"),
             M("800戶", 800, "戶", "辦理企業簡易註銷")],
    other=[O("45天", 45, "天", "old rule (baseline of the 公告期)")],
    actuals=[M("1126戶", 1126, "戶", "辦理企業註銷登記", period=P),
             M("9.8%", 9.8, "%", "企業註銷登記同比增長", kind="growth", period=P),
             M("683戶", 683, "戶", "簡易註銷", period=P),
             M("60.7%", 60.7, "%", "簡易註銷佔比", period=P),
             M("20天", 20, "天", "簡易註銷公告期"),
             M("1.5個工作日", 1.5, "個工作日", "簡易註銷平均用時"),
             M("326戶", 326, "戶", "啟動強制註銷程序企業"),
             M("194戶", 194, "戶", "已完成強制註銷企業")],
    pairs=[("t1", ["a5"]), ("t2", ["a3"])],
    note="Traditional characters. The 公告期 is met as written (20/20 = 1.0); 45天 in the task is the old rule. Simple deregistrations 683/800 = 0.8538; all deregistrations 1126戶 are a broader aggregate (would-be 1.4075), and the forced deregistrations (194 of 326) are another procedure.")

# 32 园区配套: roads completed vs in construction, pipes, a treatment capacity only forecast, factory floor 竣工 vs 在建
P = "截至9月底"
row("县经济开发区管委会、县住房和城乡建设局、县城投集团",
    "完善园区配套设施,新建改造园区道路8公里、污水管网12公里,园区污水处理厂新增日处理能力1万吨,新建标准厂房20万平方米。",
    "截至9月底,园区新建改造道路完工6.3公里,在建1.7公里;铺设污水管网9.8公里;污水处理厂扩建工程主体完工,正在进行设备安装调试,预计11月底通水试运行,届时日处理能力将由2万吨提升至3万吨;标准厂房竣工13.6万平方米,另有在建8.2万平方米,已签约入驻企业27家、投产19家;完成园区基础设施投资4.37亿元。",
    targets=[M("8公里", 8, "公里", "新建改造园区道路"),
             M("12公里", 12, "公里", "新建改造污水管网"),
             M("1万吨", 1, "万吨", "污水处理厂新增日处理能力"),
             M("20万平方米", 20, "万平方米", "新建标准厂房")],
    actuals=[M("6.3公里", 6.3, "公里", "新建改造道路完工", period=P),
             M("1.7公里", 1.7, "公里", "在建道路", period=P),
             M("9.8公里", 9.8, "公里", "铺设污水管网", period=P),
             M("2万吨", 2, "万吨", "现有日处理能力(baseline)"),
             M("3万吨", 3, "万吨", "预计扩建后日处理能力(forecast)"),
             M("13.6万平方米", 13.6, "万平方米", "标准厂房竣工", period=P),
             M("8.2万平方米", 8.2, "万平方米", "在建标准厂房", period=P),
             M("27家", 27, "家", "签约入驻企业", period=P),
             M("19家", 19, "家", "投产企业", period=P),
             M("4.37亿元", 4.37, "亿元", "完成园区基础设施投资", period=P)],
    pairs=[("t1", ["a1"]), ("t2", ["a3"]), ("t4", ["a6"])],
    note="Completed roads 6.3/8 = 0.7875 (with the 1.7公里 in construction would-be 1.0). Pipes 9.8/12 = 0.8167. The capacity is not yet added: 2万吨 to 3万吨 is expected after 11月底 trial operation, so t3 is unpaired (would-be (3 - 2)/1 = 1.0). Factory floor 竣工 13.6/20 = 0.68; 在建8.2万平方米 does not count (would-be 1.09).")

# 33 用能保障: new load answered with a completion share, a substation under installation (no count), a max outage time
P = "上半年"
row("县发展改革局、国网县供电公司、县经济开发区管委会",
    "强化重点项目要素保障,全年新增工业用电负荷10万千瓦,建成园区110千伏变电站1座,园区企业年平均停电时间控制在2小时以内。",
    "上半年,县供电公司为新投产企业新增用电负荷4.6万千瓦,同比增长18%,完成年度目标的46%;110千伏临港变电站已完成土建施工,2台主变压器已于6月底到货,正在进行安装调试,预计10月投运,投运后新增变电容量10万千伏安;园区企业平均停电时间1.4小时,同比减少0.7小时;全县工业用电量14.8亿千瓦时,同比增长9.3%。",
    targets=[M("10万千瓦", 10, "万千瓦", "新增工业用电负荷"),
             M("1座", 1, "座", "建成园区110千伏变电站"),
             M("2小时", 2, "小时", "园区企业年平均停电时间", bound="max")],
    other=[O("110千伏", 110, "千伏", "specification (voltage class of the substation)")],
    actuals=[M("4.6万千瓦", 4.6, "万千瓦", "新增用电负荷", period=P),
             M("18%", 18, "%", "新增用电负荷同比增长", kind="growth", period=P),
             M("46%", 46, "%", "完成年度目标的(比例)", period=P),
             M("110千伏", 110, "千伏", "变电站电压等级(specification)"),
             M("2台", 2, "台", "主变压器到货"),
             M("10万千伏安", 10, "万千伏安", "投运后新增变电容量(forecast)"),
             M("1.4小时", 1.4, "小时", "园区企业平均停电时间", period=P),
             M("0.7小时", 0.7, "小时", "停电时间同比减少", period=P),
             M("14.8亿千瓦时", 14.8, "亿千瓦时", "全县工业用电量", period=P),
             M("9.3%", 9.3, "%", "工业用电量同比增长", kind="growth", period=P)],
    pairs=[("t1", ["a1"]), ("t3", ["a7"])],
    note="New load 4.6/10 = 0.46 (the 46% share is not paired). The substation is still being installed (预计10月投运), so t2 is unpaired (would-be 1.0 on commissioning); 10万千伏安 is its forecast capacity, not 万千瓦 of load. The half-year outage time 1.4小时 answers the cap (0.7). 6月底 is a date.")

# 34 每千人拥有经营主体: per-capita rates answered, stocks and population as their inputs, a share of private firms
P = "截至9月底"
row("县市场监督管理局、县统计局",
    "每千人拥有经营主体数达到120户,每千人拥有企业数达到35户,民营企业数量占企业总数比重保持在95%以上。",
    "截至9月底,全县实有经营主体5.83万户,其中企业1.64万户、个体工商户4.07万户、农民专业合作社0.12万户;按常住人口46.8万人计算,每千人拥有经营主体124.6户、企业35户,分别较年初增加6.2户、2.1户;实有企业中民营企业1.58万户,占96.3%。",
    targets=[M("120户", 120, "户", "每千人拥有经营主体数"),
             M("35户", 35, "户", "每千人拥有企业数"),
             M("95%", 95, "%", "民营企业数量占企业总数比重", bound="min")],
    actuals=[M("5.83万户", 5.83, "万户", "实有经营主体(stock)", period=P),
             M("1.64万户", 1.64, "万户", "实有企业", period=P),
             M("4.07万户", 4.07, "万户", "实有个体工商户", period=P),
             M("0.12万户", 0.12, "万户", "实有农民专业合作社", period=P),
             M("46.8万人", 46.8, "万人", "常住人口(base)", period=P),
             M("124.6户", 124.6, "户", "每千人拥有经营主体", period=P),
             M("35户", 35, "户", "每千人拥有企业", period=P),
             M("6.2户", 6.2, "户", "每千人经营主体较年初增加", period=P),
             M("2.1户", 2.1, "户", "每千人企业较年初增加", period=P),
             M("1.58万户", 1.58, "万户", "民营企业", period=P),
             M("96.3%", 96.3, "%", "民营企业占比", period=P)],
    pairs=[("t1", ["a6"]), ("t2", ["a7"]), ("t3", ["a11"])],
    note="Per-capita rates answer per-capita targets: 124.6/120 = 1.0383, 35/35 = 1.0; the stocks (5.83万户, 1.64万户) and the population are their inputs, not answers. 分别 maps the increases 6.2户 and 2.1户 (changes, no target). 96.3/95 = 1.0137. 每千人 is the rate base.")

# 35 企业全生命周期 “一件事” (nothing answers): a list drafted, a system still being developed
row("县政务服务和数据管理局、县市场监督管理局",
    "打造企业全生命周期“一件事”集成服务,年内上线企业准营、变更、注销等集成服务事项30项,集成事项网办率达到80%。",
    "已完成企业全生命周期办事需求调研和流程再造方案编制,梳理形成企业准营、变更、注销等集成服务事项清单32项,涉及县直部门19个、审批环节146个;集成服务系统开发项目预算186万元,已于8月完成招标,目前正在开发,预计明年一季度上线试运行。",
    targets=[M("30项", 30, "项", "上线集成服务事项"),
             M("80%", 80, "%", "集成事项网办率")],
    actuals=[M("32项", 32, "项", "梳理形成集成服务事项清单(planned)"),
             M("19个", 19, "个", "涉及县直部门"),
             M("146个", 146, "个", "涉及审批环节"),
             M("186万元", 186, "万元", "系统开发项目预算")],
    note="Nothing answers: the 32 items are only a drafted list (the system goes live in 明年一季度), so neither 上线30项 (would-be 1.0667) nor the 网办率 has an actual. Departments, steps and the budget have no target. 8月 is a date; “一件事” a slogan.")

# 36 专精特新: a restated and a changed target, recognised vs in public notice, a stock
P = "截至9月底"
row("县工业和信息化局、县科学技术局",
    "实施优质中小企业梯度培育,全年新增省级专精特新中小企业40家,新增创新型中小企业100家。",
    "年初下达新增省级专精特新中小企业培育任务40家,年中根据省工信厅年度认定计划调整为30家。截至9月底,已获省级认定专精特新中小企业26家,另有8家已通过专家评审、正在公示;新增创新型中小企业评价入库117家;全县累计拥有省级专精特新中小企业89家、国家级专精特新“小巨人”企业6家。",
    targets=[M("40家", 40, "家", "新增省级专精特新中小企业"),
             M("100家", 100, "家", "新增创新型中小企业")],
    actuals=[M("40家", 40, "家", "年初下达培育任务(restated target)"),
             M("30家", 30, "家", "调整后培育任务(changed target)"),
             M("26家", 26, "家", "已获省级认定专精特新中小企业", period=P),
             M("8家", 8, "家", "正在公示专精特新中小企业(candidates)", period=P),
             M("117家", 117, "家", "新增创新型中小企业评价入库", period=P),
             M("89家", 89, "家", "累计省级专精特新中小企业(stock)", period=P),
             M("6家", 6, "家", "国家级专精特新“小巨人”企业(stock)", nth=1, period=P)],
    pairs=[("t1", ["a3"]), ("t2", ["a5"])],
    note="The ratio stays against the original 40家: 26/40 = 0.65 (against the changed 30家 0.8667); the 8 in public notice are not yet recognised (would-be sum 0.85). 117/100 = 1.17. The stocks 89家 and 6家 do not answer 新增 targets.")

# 37 降本减负: an estimate for the elapsed period answers, the full-year forecast does not, a price reduction answers an approx reduction
P = "前三季度"
row("县发展改革局、县财政局、县税务局、国网县供电公司",
    "多措并举降低企业经营成本,全年为企业减负降本10亿元以上,工业用气终端销售价格降低5%左右。",
    "经初步测算,前三季度通过落实减税降费、降低用电用气成本、减免国有房屋租金、降低融资担保费率等措施,累计为企业减负降本约7.9亿元,预计全年可达10.6亿元;其中落实天然气上下游价格联动机制,工业用气价格下调0.18元/立方米,降幅5.3%;工业用电价格受市场化交易影响同比下降2.1%,为承租国有房屋的企业减免租金286万元。",
    targets=[M("10亿元", 10, "亿元", "为企业减负降本", bound="min"),
             M("5%", 5, "%", "工业用气终端销售价格", kind="reduction", bound="approx")],
    actuals=[M("7.9亿元", 7.9, "亿元", "累计为企业减负降本(estimate)", period=P),
             M("10.6亿元", 10.6, "亿元", "预计全年减负降本(forecast)"),
             M("0.18元/立方米", 0.18, "元/立方米", "工业用气价格下调"),
             M("5.3%", 5.3, "%", "工业用气价格降幅", kind="reduction"),
             M("2.1%", 2.1, "%", "工业用电价格同比下降", kind="reduction"),
             M("286万元", 286, "万元", "减免国有房屋租金")],
    pairs=[("t1", ["a1"]), ("t2", ["a4"])],
    note="The 经初步测算 estimate for the elapsed 前三季度 answers: 7.9/10 = 0.79 (约 is not a bound); 预计全年10.6亿元 is a forecast (would-be 1.06). The gas price cut 5.3/5 = 1.06; 0.18元/立方米 is the same cut in money, and the 2.1% electricity fall is another measure.")

# 38 法治化營商環境 (traditional): a max trial time answered, a rate given only as counts, legal-service events
P = "1-9月"
row("縣人民法院、縣司法局、縣市場監督管理局",
    "打造法治化營商環境,商事案件平均審理天數控制在65天以內,涉企行政複議案件辦結率100%,開展法律服務進園區、進企業活動50場次。",
    "1-9月,縣法院受理商事案件2863件,審結2517件,結案率87.9%,平均審理天數58.3天,同比縮短7.6天;縣司法局受理涉企行政複議案件31件,已辦結27件,其餘4件尚在法定審理期限內;組織律師、公證員開展法律服務進園區、進企業活動43場次,為企業提供“法治體檢”620餘家,化解涉企矛盾糾紛112件。",
    targets=[M("65天", 65, "天", "商事案件平均審理天數", bound="max"),
             M("100%", 100, "%", "涉企行政複議案件辦結率"),
             M("50場次", 50, "場次", "法律服務進園區、進企業活動")],
    actuals=[M("2863件", 2863, "件", "受理商事案件", period=P),
             M("2517件", 2517, "件", "審結商事案件", period=P),
             M("87.9%", 87.9, "%", "商事案件結案率", period=P),
             M("58.3天", 58.3, "天", "商事案件平均審理天數", period=P),
             M("7.6天", 7.6, "天", "平均審理天數同比縮短", period=P),
             M("31件", 31, "件", "受理涉企行政複議案件", period=P),
             M("27件", 27, "件", "已辦結涉企行政複議案件", period=P),
             M("4件", 4, "件", "尚在審理期限內案件", period=P),
             M("43場次", 43, "場次", "法律服務進園區、進企業活動", period=P),
             M("620餘家", 620, "家", "提供“法治體檢”企業", period=P),
             M("112件", 112, "件", "化解涉企矛盾糾紛", period=P)],
    pairs=[("t1", ["a4"]), ("t3", ["a9"])],
    note="Traditional characters. 58.3/65 = 0.8969 (within the cap). The 複議 rate is given only as counts (27 of 31, the other 4 still within the legal time limit), so t2 is unpaired (would-be 0.871); the court's 結案率 87.9% is another measure. Events 43/50 = 0.86. 餘 on 620家 is not a bound.")

# 39 掌上办: a 个百分点 rise target answered by the rise, the level target by the share, last year's share a baseline
P = "截至6月底"
row("县政务服务和数据管理局",
    "推进政务服务“掌上办”,“掌上办”事项占依申请政务服务事项比重提高5个百分点,达到80%。",
    "截至6月底,依托省级政务服务移动端县级专区上线“掌上办”事项1012项,占依申请政务服务事项的78.7%,较上年底的74.1%提高4.6个百分点。上半年“掌上办”办件量9.8万件,同比增长36.2%,移动端实名注册用户达到21.4万人。",
    targets=[M("5个百分点", 5, "个百分点", "“掌上办”事项比重提高", kind="growth"),
             M("80%", 80, "%", "“掌上办”事项占依申请政务服务事项比重")],
    actuals=[M("1012项", 1012, "项", "“掌上办”事项", period=P),
             M("78.7%", 78.7, "%", "“掌上办”事项占比", period=P),
             M("74.1%", 74.1, "%", "上年底“掌上办”事项占比(baseline)", period=P),
             M("4.6个百分点", 4.6, "个百分点", "“掌上办”事项占比较上年底提高", kind="growth", period=P),
             M("9.8万件", 9.8, "万件", "“掌上办”办件量", period="上半年"),
             M("36.2%", 36.2, "%", "“掌上办”办件量同比增长", kind="growth", period="上半年"),
             M("21.4万人", 21.4, "万人", "移动端实名注册用户", period="上半年")],
    pairs=[("t1", ["a4"]), ("t2", ["a2"])],
    note="The rise answers the rise: 4.6/5 = 0.92; the level 78.7/80 = 0.9838; 74.1% is last year's baseline (would-be 0.9263). Cases, their growth and users have no target.")

# 40 民间投资: elided subjects (较上年同期增长, 占…的) after naming the measure, a slowdown, batches in Chinese numerals, projects promoted vs signed
P = "1-9月"
H = "上半年"
row("县发展改革局、县统计局、县工商业联合会",
    "激发民间投资活力,民间投资增长5%以上,民间投资占固定资产投资比重达到55%,向民间资本推介项目30个、总投资100亿元。",
    "1-9月,全县民间投资完成额较上年同期增长4.3%,增速比上半年回落1.2个百分点,占全部固定资产投资的53.6%;其中工业民间投资增长11.7%,房地产开发民间投资下降18.4%。上半年已分两批向民间资本公开推介项目26个,总投资87.3亿元,已签约落地9个、总投资31.6亿元。",
    targets=[M("5%", 5, "%", "民间投资", kind="growth", bound="min", nth=0),
             M("55%", 55, "%", "民间投资占固定资产投资比重"),
             M("30个", 30, "个", "向民间资本推介项目"),
             M("100亿元", 100, "亿元", "推介项目总投资")],
    actuals=[M("4.3%", 4.3, "%", "民间投资较上年同期增长", kind="growth", period=P),
             M("1.2个百分点", 1.2, "个百分点", "民间投资增速比上半年回落", kind="reduction", period=P),
             M("53.6%", 53.6, "%", "民间投资占全部固定资产投资比重", period=P),
             M("11.7%", 11.7, "%", "工业民间投资增长", kind="growth", period=P),
             M("18.4%", 18.4, "%", "房地产开发民间投资下降", kind="reduction", period=P),
             M("两批", 2, "批", "推介批次", period=H),
             M("26个", 26, "个", "公开推介项目", period=H),
             M("87.3亿元", 87.3, "亿元", "推介项目总投资", period=H),
             M("9个", 9, "个", "已签约落地项目", period=H),
             M("31.6亿元", 31.6, "亿元", "签约落地项目总投资", period=H)],
    pairs=[("t1", ["a1"]), ("t2", ["a3"]), ("t3", ["a7"]), ("t4", ["a8"])],
    note="The subject of 较上年同期增长4.3% and of 占…53.6% is elided after 民间投资完成额: 4.3/5 = 0.86, 53.6/55 = 0.9745. 回落1.2个百分点 is a change of the growth rate; the industrial and real-estate parts have no target. Promoted projects 26/30 = 0.8667 and their investment 87.3/100 = 0.873; the 9 signed (31.6亿元) are a narrower stage.")


probe.write(Path(__file__).with_name("probe-govservice.gold.jsonl"))
