/** Posts and surnames: how reporting names people (国务院总理李强, 外交部发言人毛宁). */
/** Posts written before a name (国务院总理李强, 外交部发言人毛宁, 村党支部书记王秀英). */
export const POSTS =
  '副总理|总理|副主席|主席|委员长|副书记|书记|副部长|部长|副省长|省长|市长|县长|区长|主任|局长|厅长|司长|行长|院长|校长|所长|董事长|总经理|院士|教授|研究员|发言人|大使|秘书长|代表|委员|支书|' +
  // posts of Hong Kong, Macao and Taiwan, and the descriptions reporting puts before a name (种粮大户陈建军)
  '行政长官|司长|署长|处长|关长|议员|议长|院长|总统|大户|老兵|技师|工程师|老党员|党员|创业者|企业家|科学家|劳动模范|劳模|村民|农民|工人|职工|医生|律师|志愿者|民警|经济学家|学者|老人|作家';
/** Common surnames: a post + name counts as a candidate only when the name starts with one. */
export const SURNAMES = new Set(
  '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤康赖易乔文常牛尤'.split(''),
);
