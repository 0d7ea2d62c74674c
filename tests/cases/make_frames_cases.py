"""Writes frames.gold.jsonl: our own hand-written cases, one phenomenon class per row (the
class numbers of corpus/phenomena.md), in the gold schema; values and ratios computed by hand.
Run from the repository root: python tests/cases/make_frames_cases.py"""
import json
rows = []
def T(id, text, value, unit, metric, kind="level", bound="exact"):
    return {"id": id, "text": text, "metric": metric, "value": value, "unit": unit, "kind": kind, "bound": bound}
def A(id, text, value, unit, metric, kind="level", period=None):
    return {"id": id, "text": text, "metric": metric, "value": value, "unit": unit, "kind": kind, "period": period}
def P(t, actuals, ratio, **kw):
    d = {"target": t, "actuals": actuals, "ratio": ratio}; d.update(kw); return d
def row(cls, task, progress, targets, actuals, pairs, note, other=()):
    rows.append({"doc": "cases", "item": len(rows) + 1, "phenomenon": cls, "task": task, "owners": "", "progress": progress,
                 "targets": targets, "other": list(other), "actuals": actuals, "pairs": pairs, "note": note})
row("2 均 over a list", "城镇居民、农村居民人均可支配收入均增长6%以上",
    "城镇居民人均可支配收入增长5.6%,农村居民人均可支配收入增长6.9%。",
    [T("t1","6%",6,"%","城镇居民人均可支配收入","growth","min"), T("t2","6%",6,"%","农村居民人均可支配收入","growth","min")],
    [A("a1","5.6%",5.6,"%","城镇居民人均可支配收入","growth"), A("a2","6.9%",6.9,"%","农村居民人均可支配收入","growth")],
    [P("t1",["a1"],0.9333), P("t2",["a2"],1.15)], "均 after a list whose items contain 人均: one target per item.")
row("3 其中 sub-target", "新增城镇就业1.2万人,其中高校毕业生就业5000人",
    "全年城镇新增就业1.35万人,其中高校毕业生就业5600人。",
    [T("t1","1.2万人",1.2,"万人","新增城镇就业"), T("t2","5000人",5000,"人","高校毕业生就业")],
    [A("a1","1.35万人",1.35,"万人","城镇新增就业"), A("a2","5600人",5600,"人","高校毕业生就业")],
    [P("t1",["a1"],1.125), P("t2",["a2"],1.12)], "A total and its part in both columns.")
row("4 elided subject", "规模以上工业增加值增长7%",
    "前三季度,全市规模以上工业增加值342亿元,比上年同期增长7.6%。",
    [T("t1","7%",7,"%","规模以上工业增加值","growth")],
    [A("a1","342亿元",342,"亿元","规模以上工业增加值",period="前三季度"), A("a2","7.6%",7.6,"%","规模以上工业增加值","growth","前三季度")],
    [P("t1",["a2"],1.0857)], "比上年同期增长 names no measure: the clause before does.")
row("4 elided subject", "完成造林绿化2万亩",
    "目前已全部完成苗木采购和整地工作,累计完成2.3万亩。",
    [T("t1","2万亩",2,"万亩","完成造林绿化")],
    [A("a1","2.3万亩",2.3,"万亩","造林绿化(累计)")],
    [P("t1",["a1"],1.15)], "The progress names nothing: it answers for the row.")
row("5 traditional and noise", "新建保障性住房2000套",
    "全市新建保障性住房２１５０套,,完成年度計劃的107.5%。",
    [T("t1","2000套",2000,"套","新建保障性住房")],
    [A("a1","２１５０套",2150,"套","新建保障性住房"), A("a2","107.5%",107.5,"%","完成率")],
    [P("t1",["a1"],1.075)], "Full-width digits, a doubled comma, traditional 計劃: the rate is a completion rate.")
row("5 traditional and noise", "一般公共預算收入增長6%",
    "1-10月,全區一般公共預算收(shōu)入完成28.6億元,同比增長7.2%。",
    [T("t1","6%",6,"%","一般公共预算收入","growth")],
    [A("a1","28.6億元",28.6,"亿元","一般公共预算收入",period="1-10月"), A("a2","7.2%",7.2,"%","一般公共预算收入","growth","1-10月")],
    [P("t1",["a2"],1.2)], "Traditional characters in both columns and a pinyin gloss inside the measure.")
row("6 unusual growth wording", "全社会用电量增长4%",
    "1-9月,全社会用电量与去年同期基本持平。",
    [T("t1","4%",4,"%","全社会用电量","growth")],
    [A("a1","基本持平",0,"%","全社会用电量","growth","1-9月")],
    [P("t1",["a1"],0.0)], "基本持平: a zero change without a digit.")
row("6 unusual growth wording", "地区生产总值增长目标为6.5%左右",
    "上半年,地区生产总值同比增长6.8%。",
    [T("t1","6.5%",6.5,"%","地区生产总值","growth","approx")],
    [A("a1","6.8%",6.8,"%","地区生产总值","growth","上半年")],
    [P("t1",["a1"],1.0462)], "增长目标为: a growth target.")
row("7 status", "固定资产投资增长8%",
    "1-11月,预计固定资产投资增长8.3%。",
    [T("t1","8%",8,"%","固定资产投资","growth")],
    [A("a1","8.3%",8.3,"%","固定资产投资","growth","1-11月")],
    [P("t1",["a1"],1.0375)], "An estimate for months that have passed answers.")
row("7 status", "新建公共充电桩1000个",
    "截至9月底,已建成公共充电桩640个,预计年底前可完成1000个。",
    [T("t1","1000个",1000,"个","新建公共充电桩")],
    [A("a1","640个",640,"个","公共充电桩","level","截至9月底"), A("a2","1000个",1000,"个","公共充电桩(预计)")],
    [P("t1",["a1"],0.64)], "A forecast for the rest of the year does not answer.")
row("8 aggregation words", "农村低保标准提高到每人每年7200元",
    "农村低保标准已提高至7800元/人年。",
    [T("t1","每人每年7200元",7200,"元/人年","农村低保标准")],
    [A("a1","7800元/人年",7800,"元/人年","农村低保标准")],
    [P("t1",["a1"],1.0833)], "A per-person rate written as a prefix and as a unit suffix.")
row("8 aggregation words", "城镇登记失业率控制在4%以内",
    "城镇登记失业率全年平均为3.2%。",
    [T("t1","4%",4,"%","城镇登记失业率","level","max")],
    [A("a1","3.2%",3.2,"%","城镇登记失业率")],
    [P("t1",["a1"],0.8)], "全年平均 is the year's mean of a level, not a multi-year 年均.")
row("9 cumulative vs this period", "2023—2025年新增造林面积3万亩",
    "2025年新增造林面积1.1万亩,2023年以来累计完成2.8万亩。",
    [T("t1","3万亩",3,"万亩","新增造林面积(2023—2025年)")],
    [A("a1","1.1万亩",1.1,"万亩","新增造林面积"), A("a2","2.8万亩",2.8,"万亩","新增造林面积(累计)")],
    [P("t1",["a2"],0.9333)], "A three-year target is answered by the running total.")
row("9 cumulative vs this period", "新建城市书房10家",
    "目前全市共有城市书房46家,年内新建9家,另有3家正在装修。",
    [T("t1","10家",10,"家","新建城市书房")],
    [A("a1","46家",46,"家","城市书房"), A("a2","9家",9,"家","城市书房(年内新建)"), A("a3","3家",3,"家","城市书房(正在装修)")],
    [P("t1",["a2"],0.9)], "A target to build so many is answered by the year's new ones, not the stock since ever.")
row("9 cumulative vs this period", "新增市场主体8000户",
    "截至10月底,全县实有市场主体5.6万户,当年新增市场主体7420户。",
    [T("t1","8000户",8000,"户","新增市场主体")],
    [A("a1","5.6万户",5.6,"万户","实有市场主体",period="截至10月底"), A("a2","7420户",7420,"户","当年新增市场主体",period="截至10月底")],
    [P("t1",["a2"],0.9275)], "The stock (实有) and this year's increment (当年新增) in one sentence.")
row("9 cumulative vs this period", "新增公共充电桩300个",
    "全区公共充电桩保有量达到2150个,其中本年新增286个。",
    [T("t1","300个",300,"个","新增公共充电桩")],
    [A("a1","2150个",2150,"个","公共充电桩保有量"), A("a2","286个",286,"个","本年新增公共充电桩")],
    [P("t1",["a2"],0.9533)], "This year's new ones, stated as a part of the stock, answer a target to add.")
row("9 cumulative vs this period", "新增城镇就业1.2万人",
    "1-10月,累计新增城镇就业1.1万人,其中当年新增高校毕业生就业3600人。",
    [T("t1","1.2万人",1.2,"万人","新增城镇就业")],
    [A("a1","1.1万人",1.1,"万人","新增城镇就业(累计)",period="1-10月"), A("a2","3600人",3600,"人","当年新增高校毕业生就业",period="1-10月")],
    [P("t1",["a1"],0.9167)], "A running total from January is this year's: it answers, its part for one group does not.")
row("14 head nouns", "景区接待游客人次增长12%",
    "1-9月,全县A级景区接待游客1350万人次,同比增长14.2%;实现旅游综合收入86亿元,增长9.8%。",
    [T("t1","12%",12,"%","景区接待游客人次","growth")],
    [A("a1","1350万人次",1350,"万人次","A级景区接待游客",period="1-9月"), A("a2","14.2%",14.2,"%","A级景区接待游客","growth","1-9月"),
     A("a3","86亿元",86,"亿元","旅游综合收入",period="1-9月"), A("a4","9.8%",9.8,"%","旅游综合收入","growth","1-9月")],
    [P("t1",["a2"],1.1833)], "人次 counts the visitors: the head is 游客, as in the progress text.")
row("11 分别 in the task", "二氧化硫、氮氧化物排放量分别削减800吨、1200吨",
    "全年二氧化硫减排832吨,氮氧化物减排1150吨。",
    [T("t1","800吨",800,"吨","二氧化硫排放量"), T("t2","1200吨",1200,"吨","氮氧化物排放量")],
    [A("a1","832吨",832,"吨","二氧化硫减排",period="全年"), A("a2","1150吨",1150,"吨","氮氧化物减排",period="全年")],
    [P("t1",["a1"],1.04), P("t2",["a2"],0.9583)], "Each listed item has its own value: no sum over the list; 排放量 is no head (氨氮减排).")
row("11 分别 in the task", "新建幼儿园、小学分别为3所、5所",
    "新建幼儿园4所,小学5所。",
    [T("t1","3所",3,"所","新建幼儿园"), T("t2","5所",5,"所","新建小学")],
    [A("a1","4所",4,"所","新建幼儿园"), A("a2","5所",5,"所","小学")],
    [P("t1",["a1"],1.3333), P("t2",["a2"],1.0)], "A 分别 target is one item's: the two parts reported are no sum for the first.")
row("13 restated target", "争取上级补助资金3000万元",
    "已下达补助资金3260万元,全部拨付到位。",
    [T("t1","3000万元",3000,"万元","争取上级补助资金")],
    [A("a1","3260万元",3260,"万元","下达补助资金")],
    [P("t1",["a1"],1.0867)], "已下达 reports money allocated: no plan restated (as 省下达目标 is).")
row("7 status", "创建省级美丽乡村示范村5个",
    "已有6个村完成创建任务,待省级验收。",
    [T("t1","5个",5,"个","创建省级美丽乡村示范村")],
    [A("a1","6个",6,"个","村完成创建任务")],
    [], "The next clause only awaits acceptance (待…验收): a candidate, no result.")
row("10 sum of parts", "新增省级以上众创空间10家",
    "新增省级众创空间7家、国家级众创空间3家。",
    [T("t1","10家",10,"家","新增省级以上众创空间")],
    [A("a1","7家",7,"家","新增省级众创空间"), A("a2","3家",3,"家","国家级众创空间")],
    [P("t1",["a1","a2"],1.0,combine="sum")], "省级以上 counts every level from 省级 up: the levels reported apart add up.")
row("10 sum of parts", "培育市级以上专精特新企业20家",
    "新认定国家级专精特新“小巨人”企业2家,省级专精特新中小企业9家,市级专精特新企业12家。",
    [T("t1","20家",20,"家","市级以上专精特新企业")],
    [A("a1","2家",2,"家","国家级专精特新“小巨人”企业"), A("a2","9家",9,"家","省级专精特新中小企业"), A("a3","12家",12,"家","市级专精特新企业")],
    [P("t1",["a1","a2","a3"],1.15,combine="sum")], "Three levels at or above the floor 市级.")
row("3 其中 sub-target", "货物进出口总额增长5%,其中出口增长6%",
    "全年货物进出口总额2350亿元,比上年增长4.2%,其中出口1620亿元,增长7.5%,进口730亿元,下降1.3%。",
    [T("t1","5%",5,"%","货物进出口总额","growth"), T("t2","6%",6,"%","出口","growth")],
    [A("a1","2350亿元",2350,"亿元","货物进出口总额",period="全年"), A("a2","4.2%",4.2,"%","货物进出口总额","growth","全年"),
     A("a3","1620亿元",1620,"亿元","出口",period="全年"), A("a4","7.5%",7.5,"%","出口","growth","全年"),
     A("a5","730亿元",730,"亿元","进口",period="全年"), A("a6","1.3%",1.3,"%","进口","reduction","全年")],
    [P("t1",["a2"],0.84), P("t2",["a4"],1.25)], "A part that names its own measure (出口) keeps it: no total's head glued on.")
row("3 其中 sub-target", "外贸进出口总额增长4%",
    "全年货物进出口总额3120亿元,增长5.1%,其中出口2050亿元,增长8.3%。",
    [T("t1","4%",4,"%","外贸进出口总额","growth")],
    [A("a1","3120亿元",3120,"亿元","货物进出口总额",period="全年"), A("a2","5.1%",5.1,"%","货物进出口总额","growth","全年"),
     A("a3","2050亿元",2050,"亿元","出口",period="全年"), A("a4","8.3%",8.3,"%","出口","growth","全年")],
    [P("t1",["a2"],1.275)], "The part 出口 measures exports, not 出口进出口总额: the total's growth answers.")
row("4 elided subject", "高新技术产业增加值占规模以上工业增加值比重达到60%,文化产业增加值占比达到6%",
    "全年高新技术产业增加值1280.5亿元,增长9.6%,占规模以上工业增加值的比重为61.3%。文化产业增加值325亿元,占地区生产总值的5.8%。",
    [T("t1","60%",60,"%","高新技术产业增加值占规模以上工业增加值比重"), T("t2","6%",6,"%","文化产业增加值占比")],
    [A("a1","1280.5亿元",1280.5,"亿元","高新技术产业增加值",period="全年"), A("a2","9.6%",9.6,"%","高新技术产业增加值","growth","全年"),
     A("a3","61.3%",61.3,"%","高新技术产业增加值占规模以上工业增加值的比重",period="全年"),
     A("a4","325亿元",325,"亿元","文化产业增加值"), A("a5","5.8%",5.8,"%","文化产业增加值占地区生产总值")],
    [P("t1",["a3"],1.0217), P("t2",["a5"],0.9667)], "A share clause names only the whole (占…): it is the share of the amount before it.")
row("10 sum of parts", "新建城市、农村社区卫生服务站25个",
    "新建城市社区卫生服务站16个;新建农村社区卫生服务站11个。",
    [T("t1","25个",25,"个","新建城市、农村社区卫生服务站")],
    [A("a1","16个",16,"个","新建城市社区卫生服务站"), A("a2","11个",11,"个","新建农村社区卫生服务站")],
    [P("t1",["a1","a2"],1.08,combine="sum")], "One part for each listed kind.")
row("11 分别 in progress", "进口额增长5%,出口额增长9%",
    "1-10月,全市出口额、进口额分别增长10.2%、3.5%。",
    [T("t1","5%",5,"%","进口额","growth"), T("t2","9%",9,"%","出口额","growth")],
    [A("a1","10.2%",10.2,"%","出口额","growth","1-10月"), A("a2","3.5%",3.5,"%","进口额","growth","1-10月")],
    [P("t1",["a2"],0.7), P("t2",["a1"],1.1333)], "分别 follows the order of the progress, not of the task.")
row("12 multi-year series", "2025年全市森林覆盖率达到62%",
    "2022年至2025年,全市森林覆盖率分别为60.1%、60.8%、61.5%、62.3%。",
    [T("t1","62%",62,"%","全市森林覆盖率")],
    [A("a1","60.1%",60.1,"%","森林覆盖率(2022年)"), A("a2","60.8%",60.8,"%","森林覆盖率(2023年)"),
     A("a3","61.5%",61.5,"%","森林覆盖率(2024年)"), A("a4","62.3%",62.3,"%","森林覆盖率(2025年)")],
    [P("t1",["a4"],1.0048)], "Only the element of the task's year answers.")
row("13 restated target", "单位地区生产总值能耗下降3.5%",
    "按照能耗下降3.5%的年度目标,全年单位地区生产总值能耗实际下降3.9%。",
    [T("t1","3.5%",3.5,"%","单位地区生产总值能耗","reduction")],
    [A("a1","3.5%",3.5,"%","能耗(年度目标)","reduction"), A("a2","3.9%",3.9,"%","单位地区生产总值能耗","reduction")],
    [P("t1",["a2"],1.1143)], "The restated target does not answer itself.")
row("14 same modifier, different measure", "建成标准化菜市场15个",
    "全市菜市场改造惠及商户1200户,新建成标准化菜市场16个。",
    [T("t1","15个",15,"个","建成标准化菜市场")],
    [A("a1","1200户",1200,"户","菜市场改造惠及商户"), A("a2","16个",16,"个","新建成标准化菜市场")],
    [P("t1",["a2"],1.0667)], "Households helped are not markets built.")
row("16 one-modifier targets, restated value", "城市污水处理率达到97%,农村生活污水治理率达到60%",
    "污水处理率达到98.2%,高于97%的年度目标。",
    [T("t1","97%",97,"%","城市污水处理率"), T("t2","60%",60,"%","农村生活污水治理率")],
    [A("a1","98.2%",98.2,"%","污水处理率"), A("a2","97%",97,"%","年度目标")],
    [P("t1",["a1"],1.0124)], "The restated 97% names the target; 60% stays unpaired.")
row("17 nothing pairs", "新增高新技术企业50家",
    "已推荐62家企业申报国家高新技术企业,正在评审中。",
    [T("t1","50家",50,"家","新增高新技术企业")],
    [A("a1","62家",62,"家","推荐申报企业")],
    [], "Recommended candidates do not answer.")
row("18 places as scope", "将城东区、城西区生活垃圾回收利用率提高到40%,南湖县、北山县生活垃圾回收利用率提高到35%",
    "南湖县、北山县生活垃圾回收利用率达到33.6%;城东区、城西区生活垃圾回收利用率达到41.2%。",
    [T("t1","40%",40,"%","城东区、城西区生活垃圾回收利用率"), T("t2","35%",35,"%","南湖县、北山县生活垃圾回收利用率")],
    [A("a1","33.6%",33.6,"%","南湖县、北山县生活垃圾回收利用率"), A("a2","41.2%",41.2,"%","城东区、城西区生活垃圾回收利用率")],
    [P("t1",["a2"],1.03), P("t2",["a1"],0.96)], "The listed places say for where; the progress lists them in another order.")
row("2 均 over a list", "小学生、初中生近视率均下降0.5个百分点",
    "小学生近视率下降0.6个百分点,初中生近视率下降0.4个百分点。",
    [T("t1","0.5个百分点",0.5,"个百分点","小学生近视率","reduction"), T("t2","0.5个百分点",0.5,"个百分点","初中生近视率","reduction")],
    [A("a1","0.6个百分点",0.6,"个百分点","小学生近视率","reduction"), A("a2","0.4个百分点",0.4,"个百分点","初中生近视率","reduction")],
    [P("t1",["a1"],1.2), P("t2",["a2"],0.8)], "The last item's words after the shared ending (生) go to the first item.")
row("7 status", "完成老旧小区改造15个",
    "已完工9个,其余6个正在加紧施工。",
    [T("t1","15个",15,"个","完成老旧小区改造")],
    [A("a1","9个",9,"个","老旧小区改造(完工)"), A("a2","6个",6,"个","老旧小区改造(施工中)")],
    [P("t1",["a1"],0.6)], "完工 alone names no measure: the row's; work under way is no rival of work done.")
row("3 其中 sub-target", "完成造林绿化1.5万亩",
    "已完成1.62万亩,其中新造林0.8万亩。",
    [T("t1","1.5万亩",1.5,"万亩","完成造林绿化")],
    [A("a1","1.62万亩",1.62,"万亩","造林绿化"), A("a2","0.8万亩",0.8,"万亩","新造林")],
    [P("t1",["a1"],1.08)], "A part never answers a total when the total it is part of can.")
row("4 elided subject", "地区生产总值增长6%,一般公共预算收入增长5%",
    "全年地区生产总值达到2856.3亿元,按可比价格计算,比上年增长6.2%;一般公共预算收入增长4.1%。",
    [T("t1","6%",6,"%","地区生产总值","growth"), T("t2","5%",5,"%","一般公共预算收入","growth")],
    [A("a1","2856.3亿元",2856.3,"亿元","地区生产总值"), A("a2","6.2%",6.2,"%","地区生产总值","growth"),
     A("a3","4.1%",4.1,"%","一般公共预算收入","growth")],
    [P("t1",["a2"],1.0333), P("t2",["a3"],0.82)], "按可比价格计算 says how growth is counted, not what grows.")
row("19 portfolio and budget", "市级12个,总投资86.5亿元,年度计划投资15亿元。",
    "1-11月完成投资16.2亿元,占年度计划的108%。",
    [T("t1","15亿元",15,"亿元","市级项目年度计划投资")],
    [A("a1","16.2亿元",16.2,"亿元","完成投资",period="1-11月"), A("a2","108%",108,"%","完成率",period="1-11月")],
    [P("t1",["a1"],1.08)], "A count that names only its grade before a budget is the size of a project list, not a promise.",
    other=[{"id": "o1", "text": "12个", "value": 12, "unit": "个", "why": "size of a portfolio"},
           {"id": "o2", "text": "86.5亿元", "value": 86.5, "unit": "亿元", "why": "scope total"}])
row("10 sum of parts", "改造农村公路危桥30座",
    "东溪乡改造农村公路危桥11座、白沙镇9座、其他乡镇共7座,另有3座正在施工。",
    [T("t1","30座",30,"座","改造农村公路危桥")],
    [A("a1","11座",11,"座","东溪乡改造农村公路危桥"), A("a2","9座",9,"座","白沙镇改造农村公路危桥"),
     A("a3","7座",7,"座","其他乡镇改造农村公路危桥"), A("a4","3座",3,"座","改造农村公路危桥(施工中)")],
    [P("t1",["a1","a2","a3"],0.9,combine="sum")], "Place by place (the rest of the places last): the run adds up to the county's target.")
row("10 sum of parts", "改造农村公路危桥25座",
    "东溪乡改造农村公路危桥11座、白沙镇9座,全县合计完成20座。",
    [T("t1","25座",25,"座","改造农村公路危桥")],
    [A("a1","11座",11,"座","东溪乡改造农村公路危桥"), A("a2","9座",9,"座","白沙镇改造农村公路危桥"),
     A("a3","20座",20,"座","全县改造农村公路危桥")],
    [P("t1",["a3"],0.8)], "The county's own total answers; its places are the parts of it.")
row("10 sum of parts", "新建和改扩建公办幼儿园12所",
    "新建公办幼儿园5所,改扩建公办幼儿园4所,新增学位2700个。",
    [T("t1","12所",12,"所","新建和改扩建公办幼儿园")],
    [A("a1","5所",5,"所","新建公办幼儿园"), A("a2","4所",4,"所","改扩建公办幼儿园"), A("a3","2700个",2700,"个","新增学位")],
    [P("t1",["a1","a2"],0.75,combine="sum")], "Two actions joined by 和 are two kinds: one amount for each adds up.")
row("10 sum of parts", "新建及提升改造农贸市场8个",
    "新建城东、城北农贸市场2个,提升改造农贸市场5个。",
    [T("t1","8个",8,"个","新建及提升改造农贸市场")],
    [A("a1","2个",2,"个","新建城东、城北农贸市场"), A("a2","5个",5,"个","提升改造农贸市场")],
    [P("t1",["a1","a2"],0.875,combine="sum")], "The kind (新建) stands before a 、 list of the clause, outside the subject.")
row("16 one-modifier targets, restated value", "新建乡村旅游公路5条共38公里",
    "青龙线、白石线等3条公路已建成,长度21.6公里,另有2条正在施工。",
    [T("t1","5条",5,"条","新建乡村旅游公路"), T("t2","38公里",38,"公里","新建乡村旅游公路长度")],
    [A("a1","3条",3,"条","公路(已建成)"), A("a2","21.6公里",21.6,"公里","公路长度"), A("a3","2条",2,"条","公路(施工中)")],
    [P("t1",["a1"],0.6), P("t2",["a2"],0.5684)],
    "共 right after a count gives the same things' length: a second target, not a scope; named examples (…等3条) count the noun after them.")
row("19 portfolio and budget", "实施城建项目12个共50亿元",
    "已开工项目10个,完成投资41亿元。",
    [T("t1","12个",12,"个","实施城建项目")],
    [A("a1","10个",10,"个","开工项目"), A("a2","41亿元",41,"亿元","完成投资")],
    [P("t1",["a1"],0.8333)], "共 before a sum of money after a count is the portfolio's scope.",
    other=[{"id": "o1", "text": "50亿元", "value": 50, "unit": "亿元", "why": "scope total"}])
row("17 nothing pairs", "建成日处理能力200吨的污水处理站3座,年营业收入20万元以上的村达到45个",
    "已建成污水处理站2座,另有1座正在调试;年营业收入20万元以上的村有39个。",
    [T("t1","3座",3,"座","建成污水处理站"), T("t2","45个",45,"个","年营业收入20万元以上的村")],
    [A("a1","2座",2,"座","建成污水处理站"), A("a2","1座",1,"座","污水处理站(调试中)"),
     A("a3","20万元",20,"万元","年营业收入(村的门槛)"), A("a4","39个",39,"个","年营业收入20万元以上的村")],
    [P("t1",["a1"],0.6667), P("t2",["a4"],0.8667)],
    "An amount joined by 的 to what a count after it counts is a specification or a class, not a target.",
    other=[{"id": "o1", "text": "200吨", "value": 200, "unit": "吨", "why": "specification"},
           {"id": "o2", "text": "20万元", "value": 20, "unit": "万元", "why": "class threshold"}])
row("2 均 over a list", "改造城镇和农村危房各50户",
    "城镇改造危房52户,农村改造危房46户。",
    [T("t1","50户",50,"户","城镇危房改造"), T("t2","50户",50,"户","农村危房改造")],
    [A("a1","52户",52,"户","城镇改造危房"), A("a2","46户",46,"户","农村改造危房")],
    [P("t1",["a1"],1.04), P("t2",["a2"],0.92)], "各 after two items joined by 和: one target per item.")
row("11 分别 in progress", "新增高中学位500个、初中学位800个",
    "高中和初中分别新增学位600个、900个。",
    [T("t1","500个",500,"个","新增高中学位"), T("t2","800个",800,"个","初中学位")],
    [A("a1","600个",600,"个","高中新增学位"), A("a2","900个",900,"个","初中新增学位")],
    [P("t1",["a1"],1.2), P("t2",["a2"],1.125)], "A 分别 list of two items joined by 和 gives its values in order.")
row("8 aggregation words", "将农村低保标准提高到每人每月不低于650元",
    "农村低保标准已提高到每人每月680元。",
    [T("t1","650元",650,"元/人月","农村低保标准","level","min")],
    [A("a1","每人每月680元",680,"元/人月","农村低保标准")],
    [P("t1",["a1"],1.0462)], "A per-person prefix with a bound between it and the number still makes a rate.")
row("7 status", "新建城市公园8个",
    "已开工城市公园8个,其中建成投用5个。",
    [T("t1","8个",8,"个","新建城市公园")],
    [A("a1","8个",8,"个","开工城市公园"), A("a2","5个",5,"个","建成投用城市公园")],
    [P("t1",["a2"],0.625)], "Work only begun does not answer a target to build when the finished part is stated.")
row("7 status", "新建农村污水处理设施60处",
    "新建农村污水处理设施开工52处、完工41处。",
    [T("t1","60处",60,"处","新建农村污水处理设施")],
    [A("a1","52处",52,"处","农村污水处理设施开工"), A("a2","41处",41,"处","农村污水处理设施完工")],
    [P("t1",["a2"],0.6833)], "Begun and finished side by side: the finished ones answer.")
row("7 status", "改造提升农贸市场15个",
    "15个农贸市场已全部完成立项和招标,开工13个,开工率86.7%,其中已完工验收6个。",
    [T("t1","15个",15,"个","改造提升农贸市场")],
    [A("a1","15个",15,"个","农贸市场(立项和招标)"), A("a2","13个",13,"个","农贸市场开工"),
     A("a3","86.7%",86.7,"%","开工率"), A("a4","6个",6,"个","完工验收农贸市场")],
    [P("t1",["a4"],0.4)], "Prepared (立项, 招标) and begun are weaker than finished; 其中 is a part of the last count, not of the rate.")
row("7 status", "交付安置住房3000套",
    "截至8月底已交付2100套,另有900套预计11月底交付。",
    [T("t1","3000套",3000,"套","交付安置住房")],
    [A("a1","2100套",2100,"套","已交付",period="截至8月底"), A("a2","900套",900,"套","预计交付")],
    [P("t1",["a1"],0.7)], "The period is no part of the subject; 预计…交付 after an amount is still to come, no rival.")
row("10 sum of parts", "新改建城乡供水管网150公里",
    "新建城乡供水管网64公里、改建城乡供水管网71公里,完成管网检测200公里。",
    [T("t1","150公里",150,"公里","新改建城乡供水管网")],
    [A("a1","64公里",64,"公里","新建城乡供水管网"), A("a2","71公里",71,"公里","改建城乡供水管网"), A("a3","200公里",200,"公里","管网检测")],
    [P("t1",["a1","a2"],0.9,combine="sum")], "新建 and 改建 are the kinds 新改建 covers: a list of one of each adds up.")
row("10 sum of parts", "新建科普教育基地12个",
    "新建市级科普教育基地9个、省级科普教育基地4个。",
    [T("t1","12个",12,"个","新建科普教育基地")],
    [A("a1","9个",9,"个","新建市级科普教育基地"), A("a2","4个",4,"个","省级科普教育基地")],
    [P("t1",["a1","a2"],1.0833,combine="sum")], "A list of grades of the target's measure adds up to it.")
row("10 sum of parts", "新建市级科普教育基地10个",
    "新建市级科普教育基地9个、省级科普教育基地4个。",
    [T("t1","10个",10,"个","新建市级科普教育基地")],
    [A("a1","9个",9,"个","新建市级科普教育基地"), A("a2","4个",4,"个","省级科普教育基地")],
    [P("t1",["a1"],0.9)], "A target for one grade is answered by that grade alone.")
row("10 sum of parts", "新增和更新公交车100辆",
    "更新公交车62辆、新增31辆。",
    [T("t1","100辆",100,"辆","新增和更新公交车")],
    [A("a1","62辆",62,"辆","更新公交车"), A("a2","31辆",31,"辆","新增公交车")],
    [P("t1",["a1","a2"],0.93,combine="sum")], "新增31辆 takes the thing of the item before it with its own action.")
row("4 elided subject", "各项存款余额增长8%",
    "9月末各项存款余额5120亿元,比年初增加310亿元,同比增长8.6%。",
    [T("t1","8%",8,"%","各项存款余额","growth")],
    [A("a1","5120亿元",5120,"亿元","各项存款余额",period="9月末"), A("a2","310亿元",310,"亿元","各项存款余额比年初增加",period="9月末"),
     A("a3","8.6%",8.6,"%","各项存款余额同比增长","growth","9月末")],
    [P("t1",["a3"],1.075)], "A clause of change words only (比年初增加) names no measure: the one before it does.")
row("11 分别 in progress", "城镇、农村居民人均可支配收入分别增长5%、6.5%",
    "城镇、农村居民人均可支配收入分别为42150元、21380元,分别增长4.6%、6.9%。",
    [T("t1","5%",5,"%","城镇居民人均可支配收入","growth"), T("t2","6.5%",6.5,"%","农村居民人均可支配收入","growth")],
    [A("a1","42150元",42150,"元","城镇居民人均可支配收入"), A("a2","21380元",21380,"元","农村居民人均可支配收入"),
     A("a3","4.6%",4.6,"%","城镇居民人均可支配收入增长","growth"), A("a4","6.9%",6.9,"%","农村居民人均可支配收入增长","growth")],
    [P("t1",["a3"],0.92), P("t2",["a4"],1.0615)], "A second 分别 list takes the items of the first, in order.")
row("7 status", "完成重点项目投资50亿元",
    "重点项目推进有力,其中城建项目完成投资8.2亿元;纳入调度的30个项目累计完成投资41.5亿元,占年度计划的83%。",
    [T("t1","50亿元",50,"亿元","重点项目投资")],
    [A("a1","8.2亿元",8.2,"亿元","城建项目完成投资"), A("a2","30个",30,"个","纳入调度的项目"),
     A("a3","41.5亿元",41.5,"亿元","纳入调度的项目累计完成投资"), A("a4","83%",83,"%","完成率")],
    [P("t1",["a3"],0.83)], "The completion rate the text states (83%) is this amount over the target: it answers.")
row("13 restated target", "新建高标准农田5万亩",
    "年度下达新建高标准农田5万亩任务,已建成5.3万亩。",
    [T("t1","5万亩",5,"万亩","新建高标准农田")],
    [A("a1","5万亩",5,"万亩","年度下达任务"), A("a2","5.3万亩",5.3,"万亩","新建高标准农田(已建成)")],
    [P("t1",["a2"],1.06)], "An amount followed by 任务 restates the target; it is no result.")
row("4 elided subject", "改造燃气管道60公里,新建供水管网40公里",
    "供水管网完成41公里;燃气管道因管材供应延期,仅完成38公里。",
    [T("t1","60公里",60,"公里","改造燃气管道"), T("t2","40公里",40,"公里","新建供水管网")],
    [A("a1","41公里",41,"公里","供水管网"), A("a2","38公里",38,"公里","燃气管道")],
    [P("t1",["a2"],0.6333), P("t2",["a1"],1.025)], "A cause (因…延期) says why, not what: the subject is 燃气管道.")
row("7 status", "全年接待游客3000万人次",
    "据初步测算,全年预计接待游客3120万人次,同比增长8%。",
    [T("t1","3000万人次",3000,"万人次","接待游客")],
    [A("a1","3120万人次",3120,"万人次","接待游客(测算)",period="全年预计"), A("a2","8%",8,"%","接待游客同比增长","growth","全年预计")],
    [P("t1",["a1"],1.04)], "A full-year estimate the text says was measured (据初步测算) answers.")
row("7 status", "全年接待游客3000万人次",
    "上半年接待游客1450万人次,预计全年可达3100万人次。",
    [T("t1","3000万人次",3000,"万人次","接待游客")],
    [A("a1","1450万人次",1450,"万人次","接待游客",period="上半年"), A("a2","3100万人次",3100,"万人次","接待游客(预计)")],
    [P("t1",["a1"],0.4833)], "Without a source, 预计全年 looks ahead: a forecast, no answer.")
row("8 aggregation words", "PM2.5年均浓度控制在32微克/立方米以内",
    "1-11月PM2.5平均浓度29.6微克/立方米。",
    [T("t1","32微克/立方米",32,"微克/立方米","PM2.5年均浓度","level","max")],
    [A("a1","29.6微克/立方米",29.6,"微克/立方米","PM2.5平均浓度",period="1-11月")],
    [P("t1",["a1"],0.925)], "年均 before a level of one year is that year's mean, not a mean over years.")
row("7 status", "研发投入强度提高到2.8%,技术合同成交额达到50亿元",
    "研发投入强度为年度统计指标,上年全市为2.63%;技术合同成交额46.2亿元,较上年增长15%。",
    [T("t1","2.8%",2.8,"%","研发投入强度"), T("t2","50亿元",50,"亿元","技术合同成交额")],
    [A("a1","2.63%",2.63,"%","研发投入强度(上年)"), A("a2","46.2亿元",46.2,"亿元","技术合同成交额"),
     A("a3","15%",15,"%","技术合同成交额较上年增长","growth")],
    [P("t2",["a2"],0.924)], "Last year's value (上年全市为…) answers nothing; 较上年 is what a change is measured against.")
row("4 elided subject", "生活垃圾无害化处理率保持100%,回收利用率达到40%",
    "无害化处理率100%,资源化利用率85%,生活垃圾回收利用率为43.1%。",
    [T("t1","100%",100,"%","生活垃圾无害化处理率"), T("t2","40%",40,"%","回收利用率")],
    [A("a1","100%",100,"%","无害化处理率"), A("a2","85%",85,"%","资源化利用率"), A("a3","43.1%",43.1,"%","生活垃圾回收利用率")],
    [P("t1",["a1"],1.0), P("t2",["a3"],1.0775)], "保持 says how a level is held, not what is measured.")
row("3 其中 sub-target", "建设滨水绿道15公里",
    "已建成8.6公里,其中东湖段4.2公里,西溪段2.9公里,北岸段1.5公里。",
    [T("t1","15公里",15,"公里","建设滨水绿道")],
    [A("a1","8.6公里",8.6,"公里","滨水绿道(已建成)"), A("a2","4.2公里",4.2,"公里","东湖段"),
     A("a3","2.9公里",2.9,"公里","西溪段"), A("a4","1.5公里",1.5,"公里","北岸段")],
    [P("t1",["a1"],0.5733)], "The parts after 其中 go on past commas to the end of the sentence; the total answers.")
row("14 same modifier, different measure", "计划新增公交线路6条",
    "现已新增5条;优化公交线路18条。",
    [T("t1","6条",6,"条","新增公交线路")],
    [A("a1","5条",5,"条","新增(公交线路)"), A("a2","18条",18,"条","优化公交线路")],
    [P("t1",["a1"],0.8333)], "Lines improved are no new lines; an unnamed amount whose words name the target's action answers.")
row("14 same modifier, different measure", "新建农村公路80公里",
    "改造农村公路96公里,新建农村公路61公里。",
    [T("t1","80公里",80,"公里","新建农村公路")],
    [A("a1","96公里",96,"公里","改造农村公路"), A("a2","61公里",61,"公里","新建农村公路")],
    [P("t1",["a2"],0.7625)], "Roads improved (改造) are another measure than roads built (新建).")
row("10 sum of parts", "全年新签约项目协议投资120亿元",
    "新签约制造业项目18个、现代服务业项目14个,协议投资分别为86亿元和41.5亿元。",
    [T("t1","120亿元",120,"亿元","新签约项目协议投资")],
    [A("a1","18个",18,"个","新签约制造业项目"), A("a2","14个",14,"个","现代服务业项目"),
     A("a3","86亿元",86,"亿元","制造业项目协议投资"), A("a4","41.5亿元",41.5,"亿元","服务业项目协议投资")],
    [P("t1",["a3","a4"],1.0625,combine="sum")], "A 分别 list of one measure over the kinds named before it adds up.")
row("11 分别 in the task", "第一、二、三产业增加值分别增长3.5%、6%和5.5%",
    "第一产业增加值增长3.8%,第二产业增加值增长5.4%,第三产业增加值增长6.1%。",
    [T("t1","3.5%",3.5,"%","第一产业增加值","growth"), T("t2","6%",6,"%","第二产业增加值","growth"),
     T("t3","5.5%",5.5,"%","第三产业增加值","growth")],
    [A("a1","3.8%",3.8,"%","第一产业增加值增长","growth"), A("a2","5.4%",5.4,"%","第二产业增加值增长","growth"),
     A("a3","6.1%",6.1,"%","第三产业增加值增长","growth")],
    [P("t1",["a1"],1.0857), P("t2",["a2"],0.9), P("t3",["a3"],1.1091)], "An ordinal list (第一、二、三产业) gives each item the 第 and the tail.")
row("6 unusual growth wording", "社会消费品零售总额增长5%",
    "社会消费品零售总额与上年持平。",
    [T("t1","5%",5,"%","社会消费品零售总额","growth")],
    [A("a1","持平",0,"%","社会消费品零售总额","growth")],
    [P("t1",["a1"],0.0)], "与上年 says against what; 持平 is a growth of 0.")
row("7 status", "研发经费投入强度达到2.5%,专精特新企业总数突破300家",
    "过去一年,研发经费投入强度预计达到2.56%;新增专精特新企业45家,总数达到318家。",
    [T("t1","2.5%",2.5,"%","研发经费投入强度"), T("t2","300家",300,"家","专精特新企业总数","level","min")],
    [A("a1","2.56%",2.56,"%","研发经费投入强度(预计)",period="过去一年"), A("a2","45家",45,"家","新增专精特新企业",period="过去一年"),
     A("a3","318家",318,"家","专精特新企业总数",period="过去一年")],
    [P("t1",["a1"],1.024), P("t2",["a3"],1.06)], "An estimate for the year past (过去一年) answers; 总数 alone is the total of the measure before it.")
row("17 nothing pairs", "技术合同成交额增长15%",
    "高新技术产业增加值增长9.3%,技术市场交易活跃。",
    [T("t1","15%",15,"%","技术合同成交额","growth")],
    [A("a1","9.3%",9.3,"%","高新技术产业增加值增长","growth")],
    [], "The only growth in the text is of another statistic (增加值, not 成交额): it answers nothing.")
row("14 head nouns", "经济总量突破3000亿元",
    "全年地区生产总值3086亿元,增长5.6%。",
    [T("t1","3000亿元",3000,"亿元","经济总量","level","min")],
    [A("a1","3086亿元",3086,"亿元","地区生产总值",period="全年"), A("a2","5.6%",5.6,"%","地区生产总值增长","growth","全年")],
    [P("t1",["a1"],1.0287)], "经济总量 is a name of 地区生产总值 ([synonyms]).")
row("2 coordination", "城镇新增就业1.2万人,农村劳动力转移就业0.8万人",
    "1-10月,城镇新增就业、农村劳动力转移就业分别完成1.35、0.76万人。",
    [T("t1","1.2万人",1.2,"万人","城镇新增就业"), T("t2","0.8万人",0.8,"万人","农村劳动力转移就业")],
    [dict(A("a1","1.35",1.35,"万人","城镇新增就业",period="1-10月"), unit_inferred=True),
     A("a2","0.76万人",0.76,"万人","农村劳动力转移就业",period="1-10月")],
    [P("t1",["a1"],1.125), P("t2",["a2"],0.95)], "Bare numbers listed before an amount (1.35、0.76万人) share its unit, multiplier included.")
row("2 coordination", "第二产业、第三产业增加值分别增长6%和7%",
    "第二产业增加值增长6.3%,第三产业增加值增长6.8%,分别高于和低于目标0.3个和0.2个百分点;第1、2批次重点项目全部开工。",
    [T("t1","6%",6,"%","第二产业增加值","growth"), T("t2","7%",7,"%","第三产业增加值","growth")],
    [A("a1","6.3%",6.3,"%","第二产业增加值增长","growth"), A("a2","6.8%",6.8,"%","第三产业增加值增长","growth"),
     dict(A("a3","0.3个",0.3,"个百分点","高于目标"), unit_inferred=True), A("a4","0.2个百分点",0.2,"个百分点","低于目标")],
    [P("t1",["a1"],1.05), P("t2",["a2"],0.9714)], "0.3个和0.2个百分点: the first unit is cut short of the one it shares; 第1、2批次 are ordinals.")
row("7 status", "常住人口城镇化率达到68%",
    "年末常住人口城镇化率为67.2%(预期目标为68%),较上年末提高0.9个百分点。",
    [T("t1","68%",68,"%","常住人口城镇化率")],
    [A("a1","67.2%",67.2,"%","常住人口城镇化率"), A("a2","68%",68,"%","城镇化率预期目标"),
     A("a3","0.9个百分点",0.9,"个百分点","城镇化率较上年末提高")],
    [P("t1",["a1"],0.9882)], "预期目标 in parentheses restates the target: neither it nor the value before it is a forecast.")
with open("tests/cases/frames.gold.jsonl", "w", encoding="utf-8") as f:
    for r in rows:
        f.write(json.dumps(r, ensure_ascii=False) + "\n")
print(len(rows))
