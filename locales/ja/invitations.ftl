# 協同組合への招待（招待された人の画面）。
invitations-title = 招待
invitations-waiting = 返答待ちの招待が { $count } 件あります。
invitations-none = 返答待ちの招待はありません。
invitation-invites-you = { $coop } から{ $role ->
        [admin] 管理者
       *[member] メンバー
    }としての参加招待が届いています。
invitation-sent = 送信日：{ $date }
invitation-consent = 承諾した場合にのみメンバーになります。協同組合に参加した委員は、その組合への支払いについて投票できなくなります。
invitation-accept = 承諾する
invitation-decline = 辞退する
invitation-from = { $coop } からの招待
invitation-title = 招待
invitation-answered = この招待は{ $status ->
        [accepted] 承諾
        [declined] 辞退
       *[withdrawn] 取り消し
    }済みです。
flash-invitation-accepted = { $coop } のメンバーになりました。
flash-invitation-declined = { $coop } からの招待を辞退しました。
flash-invitation-withdrawn = { $email } への招待を取り消しました。

# Refusals the store returns as codes.
invitations-error-answered = この招待はすでに{ $code ->
        [accepted] 承諾
        [declined] 辞退
       *[withdrawn] 取り消し
    }されています
invitations-error-member = { $email } はすでにメンバーです
