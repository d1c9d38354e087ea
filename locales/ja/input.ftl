# 価格・数量・金額の欄に入力された数値。
number-empty = 数値を入力してください。
number-invalid = 「{ $value }」は数値ではありません。{ $example } のように入力してください。
number-ambiguous = 「{ $value }」は2通りに読めます。整数なら { $whole }、小数なら { $fraction } と入力してください。
number-grouping = 「{ $value }」は桁区切りの位置が正しくありません。{ $example } のように入力してください。
number-too-large = 「{ $value }」は大きすぎます。
input-control-character = 保存できない制御文字（NUL など）が含まれています
