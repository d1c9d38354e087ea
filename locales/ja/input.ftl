# 価格・数量・金額の欄に入力された数値。
number-empty = 数値を入力してください。
number-invalid = 「{ $value }」は数値ではありません。{ $example } のように入力してください。
number-ambiguous = 「{ $value }」は2通りに読めます。整数なら { $whole }、小数なら { $fraction } と入力してください。
number-grouping = 「{ $value }」は桁区切りの位置が正しくありません。{ $example } のように入力してください。
number-too-large = 「{ $value }」は大きすぎます。
input-control-character = 保存できない制御文字（NUL など）が含まれています

# Refusals the store returns as codes.
input-control-in = { $what ->
        [name] 名前
        [coop_name] 協同組合名
        [description] 説明
        [delivery_address] 配送先住所
        [note] メモ
       *[account_holder] 口座名義
    }に制御文字（見えないコード、または1行の欄でのタブや改行）を含めることはできません
