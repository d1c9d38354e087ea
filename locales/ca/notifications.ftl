# La pàgina de notificacions i les preferències de correu de la pàgina del compte.
notifications-title = Notificacions
notifications-mark-all = Marcar-les totes com a llegides
notifications-none = Encara res.
notifications-new = nova
notifications-mark-read = Marcar com a llegida
notifications-older = Notificacions anteriors
notification-text = { $kind ->
        [order_placed] Nova comanda núm. { $id } per a la teva cooperativa
        [order_accepted] La comanda núm. { $id } s’ha acceptat; ja es pot pagar
        [order_rejected] La comanda núm. { $id } s’ha rebutjat
        [order_cancelled] La comanda núm. { $id } s’ha cancel·lat
        [order_paid] La comanda núm. { $id } està pagada
        [order_shipped] La comanda núm. { $id } s’ha enviat
        [order_delivered] La comanda núm. { $id } ha arribat
        [order_settled] La comanda núm. { $id } està liquidada
        [order_refunded] La comanda núm. { $id } s’ha reemborsat
        [dispute_opened] S’ha obert una disputa sobre la comanda núm. { $id }
        [dispute_statement] S’ha afegit una declaració a la disputa de la comanda núm. { $id }
        [dispute_resolved] S’ha resolt la disputa de la comanda núm. { $id }
        [coop_application] Una cooperativa ha sol·licitat entrar al mercat
        [coop_decision] El comitè ha decidit sobre la sol·licitud de la teva cooperativa
        [payout_review] La tanda de pagaments núm. { $id } espera la teva revisió
        [payout_made] S’ha fet un pagament a la teva cooperativa
        [spending_review] La despesa del fons núm. { $id } espera la teva revisió
       *[spending_decision] S’ha decidit una despesa del fons
    }
flash-marked-read = { $count ->
        [one] { $count } marcada com a llegida.
       *[other] { $count } marcades com a llegides.
    }
flash-one-marked-read = Marcada com a llegida.
flash-mail-saved = S’han desat les teves preferències de correu.
mail-prefs-title = Correus que reps
mail-prefs-intro = Cada notificació també surt a la teva { $page }. Els correus que demanen una acció s’envien sempre.
mail-prefs-page = pàgina de notificacions
mail-prefs-legend = Envia’m un correu quan hi hagi
mail-prefs-always = (s’envia sempre)
mail-prefs-save = Desar les preferències de correu
mail-kind = { $kind ->
        [order_placed] Una comanda nova per a la teva cooperativa
        [order_accepted] Una comanda acceptada, amb com pagar-la
        [order_rejected] Una comanda rebutjada
        [order_cancelled] Una comanda cancel·lada
        [order_paid] Una comanda pagada
        [order_shipped] Una comanda enviada
        [order_delivered] Una comanda lliurada
        [order_settled] Una comanda liquidada, amb on ha anat la comissió
        [order_refunded] Una comanda reemborsada
        [dispute_opened] Una disputa oberta
        [dispute_statement] Una declaració afegida a una disputa
        [dispute_resolved] Una disputa resolta
        [coop_application] Una cooperativa que demana entrar (comitè)
        [coop_decision] La teva cooperativa admesa o rebutjada
        [payout_review] Una tanda de pagaments per revisar (comitè)
        [payout_made] Un pagament fet a la teva cooperativa
        [spending_review] Una despesa del fons per revisar (comitè)
       *[spending_decision] Una despesa del fons decidida
    }
