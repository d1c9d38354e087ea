# Les tandes de pagaments del comitè, la pàgina d’una tanda i les propostes de despesa del fons.
payouts-title = Tandes de pagaments
payouts-nothing-owed = A cap cooperativa no se li deu almenys el pagament mínim en cap moneda, així que no hi ha cap tanda per preparar.
payouts-currency = Moneda (les que tenen alguna cosa deguda, la més gran primer)
payouts-owed = { $currency } · { $amount } deguts
payouts-draft = Preparar una tanda de pagaments
payouts-col-run = Tanda
payouts-col-drafted = Preparada
payouts-col-lines = Línies
payouts-col-total = Total
payouts-col-status = Estat
payouts-run-name = núm. { $id } { $currency }
payouts-older-runs = Tandes anteriors
payouts-spending = Propostes de despesa del fons
payouts-no-run = Encara no hi ha cap tanda de pagaments.
payouts-no-proposal = Encara no hi ha cap proposta.
payouts-spending-to = { $amount } per a { $coop }
payouts-older-proposals = Propostes anteriors
payouts-decisions = Decisions
payouts-command-line = la línia d’ordres
payouts-decision = { $what ->
        [drafted] la va preparar
        [proposed] la va proposar
        [approved] va aprovar
        [rejected] va rebutjar
        [paid] va marcar com a pagat
        [failed] va registrar un pagament fallit
        [replaces] la va refer
        [superseded] la va substituir
       *[other] { $what }
    }
payouts-no-vote = No hi pots votar: pertanys a una cooperativa que hi rep diners, o ja has votat.
payouts-reason = Motiu (obligatori per rebutjar)
payouts-approve = Aprovar
payouts-reject = Rebutjar
payouts-voters = { $voters ->
        [one] { $voters } membre del comitè encara pot votar
       *[other] { $voters } membres del comitè encara poden votar
    }; { $needed ->
        [one] en falta { $needed } aprovació.
       *[other] en falten { $needed } aprovacions.
    }
payouts-unreachable = El comitè no pot aprovar això tal com està.
payouts-unreachable-why = Poden votar menys membres dels que demana el quòrum (els altres pertanyen a una cooperativa que hi cobra, i qui la va preparar no la pot aprovar sol). Afegeix membres al comitè o rebutja-la amb un motiu.
run-title = Tanda de pagaments núm. { $id }
run-summary = Preparada el { $created }; { $count ->
        [one] { $count } cooperativa
       *[other] { $count } cooperatives
    }, { $total }. Necessita { $quorum } aprovacions diferents.
run-link = tanda núm. { $id }
run-replaces = Substitueix la { $run }, que pagava més del que es devia.
run-replaced-by = Substituïda per la { $run }; aquesta tanda es conserva com a registre.
run-stale = Aquesta tanda està desfasada.
run-stale-why = Els reemborsaments des que es va preparar han reduït el que es deu, així que pagaria més del que es deu ara (mira les línies marcades a sota). No es pot aprovar, exportar ni pagar.
run-lines = Línies
run-line-over = Paga { $amount } més del que ara es deu a aquesta cooperativa.
run-line-parts = part justa { $fair_share } · vendes { $proceeds } · per { $method }
run-line-no-iban = no registrat
run-line-stripe-error = Error de Stripe: { $error }
run-line-bank-error = Error del banc: { $error }
run-line-no-bank-details = sense dades bancàries
run-line-held = Retinguda: aquesta cooperativa no té dades bancàries registrades, així que la línia queda fora dels fitxers bancaris i no es pot marcar com a pagada. S’ha demanat als seus administradors que les afegeixin.
run-line-entries = Assentaments d’aquesta línia ({ $count })
run-entry-order = comanda núm. { $id }
run-col-entry = Assentament
run-files-after-approval = Els fitxers bancaris es podran baixar quan el comitè hagi aprovat la tanda.
run-download-csv = Baixar el fitxer bancari (CSV)
run-download-sepa = Baixar el fitxer SEPA (pain.001)
run-no-debtor = El compte bancari del mercat encara no està configurat, així que no es pot fer un fitxer SEPA; baixa el CSV o demana a l’operador que el configuri.
run-held-count = { $count ->
        [one] { $count } cooperativa no té dades bancàries: la seva línia queda retinguda, fora dels fitxers bancaris, fins que els seus administradors les afegeixin.
       *[other] { $count } cooperatives no tenen dades bancàries: les seves línies queden retingudes, fora dels fitxers bancaris, fins que els seus administradors les afegeixin.
    }
confirm-paid-title = Marcar la tanda núm. { $id } com a pagada
confirm-paid-heading = Marcar com a pagat el fitxer bancari de la tanda núm. { $id }?
confirm-paid-body = Això marca { $count ->
        [one] { $count } línia
       *[other] { $count } línies
    }, { $total } en total, com a pagades pel banc. Fes-ho només quan el banc hagi fet aquestes transferències.
confirm-paid-held = { $count ->
        [one] { $count } línia retinguda (sense dades bancàries) continua oberta.
       *[other] { $count } línies retingudes (sense dades bancàries) continuen obertes.
    }
confirm-paid-yes = { $count ->
        [one] Sí, marca { $count } línia com a pagada
       *[other] Sí, marca { $count } línies com a pagades
    }
confirm-paid-cancel = Cancel·lar
spending-title = Despesa núm. { $id }
spending-summary = { $amount } del fons comú per a { $coop }. Necessita { $quorum } aprovacions diferents.
spending-paid-by-stripe = Pagada per transferència de Stripe
spending-payment-error = Error de pagament: { $error }
spending-propose-title = Proposar una despesa del fons
spending-propose-heading = Proposar una despesa del fons comú
spending-field-title = Títol
spending-field-purpose = Finalitat
spending-field-amount = Import
spending-field-currency = Moneda (les que té el fons, la més gran primer)
spending-field-recipient = Cooperativa destinatària
spending-in-pool = { $currency } · { $amount } al fons
spending-pool-empty = El fons comú encara no té res.
spending-propose = Proposar
flash-run-drafted = S’ha preparat la tanda; s’ha demanat al comitè que la revisi.
flash-vote-recorded = Anotat; { $subject ->
        [run] la tanda
       *[spending] la despesa
    } ara està { $status ->
        [awaiting_review] pendent de revisió
        [approved] aprovada
       *[rejected] rebutjada
    }.
flash-line-paid = La línia està pagada.
flash-line-already-paid = La línia ja estava pagada; no ha canviat res.
flash-line-failed = La línia continua oberta per tornar-ho a provar.
flash-stripe-paid = { $paid ->
        [one] { $paid } línia pagada per Stripe.
       *[other] { $paid } línies pagades per Stripe.
    }
flash-stripe-failed = { $paid } pagades per Stripe; { $failed ->
        [one] { $failed } ha fallat i continua oberta per tornar-ho a provar: { $errors }
       *[other] { $failed } han fallat i continuen obertes per tornar-ho a provar: { $errors }
    }
flash-run-redrafted = La tanda núm. { $id } s’ha refet com aquesta, que paga el que es deu ara; s’ha demanat al comitè que la revisi.
flash-run-replaced = La tanda núm. { $id } s’ha substituït; ja no es deu res, així que no se n’ha preparat cap de nova.
flash-spending-proposed = S’ha proposat la despesa núm. { $id }; el comitè la revisarà.
flash-spending-paid = La despesa està pagada.
flash-spending-already-paid = Ja estava pagada; no ha canviat res.
flash-bank-file-paid = { $count ->
        [one] { $count } línia marcada com a pagada.
       *[other] { $count } línies marcades com a pagades.
    }
flash-bank-details-saved = Dades bancàries desades.
error-decision-vote = la decisió ha de ser aprovar o rebutjar
payout-details-title = Dades de pagament
payout-details-page = Dades de pagament de { $coop }
payout-details-on-file = Compte bancari: { $account }
payout-details-none = Encara no hi ha compte bancari: els compradors que paguen per transferència el necessiten.
payout-details-holder = Titular del compte
payout-details-iban-hint = S’admeten espais, p. ex. DE89 3704 0044 0532 0130 00
payout-details-save = Desar les dades bancàries
payout-details-back = Tornar a la cooperativa
stripe-not-connected = Sense connectar: la cooperativa cobra per transferència bancària.
stripe-connect = Connectar un compte de Stripe
stripe-incomplete = Alta incompleta ({ $account }): cobraments { $charges ->
        [yes] activats
       *[no] encara no activats
    }, pagaments { $payouts ->
        [yes] activats
       *[no] encara no activats
    }. La cooperativa cobra per transferència bancària fins que Stripe activi tots dos.
stripe-ready = A punt ({ $account }): cobraments i pagaments activats. Els pagaments van a aquest compte de Stripe.
stripe-continue = Continuar l’alta a Stripe
# Bank details typed by a co-op's admin.
bank-error-iban = introduïu un IBAN: codi de país, dígits de control i compte, p. ex. DE89 3704 0044 0532 0130 00
bank-error-iban-checksum = els dígits de control d’aquest IBAN no són correctes: reviseu si hi ha un error d’escriptura
bank-error-bic = introduïu un BIC de 8 o 11 caràcters, p. ex. COBADEFFXXX
bank-error-holder = introduïu el titular del compte (140 caràcters com a màxim)
# Why the system took a decision, as the decisions list shows it.
decision-why-paid = { $amount }
decision-why-line-paid = línia núm. { $line }: { $amount }
decision-why-line-failed = línia núm. { $line }: { $error }
decision-why-replaces = la tanda núm. { $run } pagava més del que es deu ara
decision-why-redrafted = refeta com a tanda núm. { $run }
decision-why-nothing-owed = refeta, però ja no es deu res
# Payment and bank refusals, as people read them; $gateway is a gateway's name (stripe, manual).
payments-error-stripe-refused = Stripe ha rebutjat la transferència ({ $status }): { $message }
payments-error-card-steps = { $amount } no es pot pagar amb targeta: Stripe només accepta { $currency } en passos de 0,010
payments-error-no-connect = els pagaments passen per la passarel·la { $gateway }: les cooperatives cobren per transferència bancària, no hi ha cap compte d’Stripe per connectar ni pagar
payments-error-by-hand = els pagaments arriben per { $gateway }: no es poden confirmar a mà
payments-error-pay-by-bank = pagueu cada comanda per transferència bancària amb la referència de la seva pàgina
payments-error-coop-no-connect = els pagaments passen per la passarel·la { $gateway }: { $coop } cobra per transferència bancària, no hi ha cap compte d’Stripe per connectar
payments-error-not-accepted = cada venedor ha d’acceptar la seva comanda abans que pagueu
payments-error-nothing-due = res d’aquest pagament no està pendent de pagar
payments-error-currencies = un pagament en diverses monedes es paga comanda a comanda
payments-error-already-paid = aquest pagament ja està fet
payouts-error-bank-refused = el banc ha rebutjat la transferència

# Refusals the store returns as codes.
payouts-error-not-open = la tanda de pagaments núm. { $run } està { status-run } i no es pot refer
payouts-error-nothing-to-redraft = la tanda de pagaments núm. { $run } encara paga només el que es deu; no hi ha res a refer
payouts-error-not-approved-pay = la tanda de pagaments núm. { $run } està { status-run } i no es pot pagar; primer cal l’aprovació del comitè
payouts-error-not-approved-file = la tanda de pagaments núm. { $run } està { status-run }: el fitxer bancari es podrà baixar quan el comitè l’aprovi
payouts-error-line-stripe = la línia núm. { $line } es paga per Stripe: executeu la tanda per enviar-la, no a mà
payouts-error-line-paid = la línia núm. { $line } ja està pagada
payouts-error-line-bank = la línia núm. { $line } es paga per banc: marqueu-la com a pagada quan el banc l’hagi enviat
payouts-error-line-held = la línia núm. { $line } està retinguda: { $coop } no té dades bancàries registrades, així que encara no es pot pagar. S’ha demanat als seus administradors que les afegeixin.
payouts-error-run-holds = no hi ha res més a pagar en { $currency }: la tanda de pagaments núm. { $run } ({ status-run }) ja inclou el que es deu
payouts-error-nothing-owed = res a pagar en { $currency }: no es deu com a mínim { $minimum } a cap cooperativa
payouts-error-balance-large = { $account } té { $balance }, massa per pagar-ho en una sola tanda
payouts-error-run-stale = La tanda de pagaments núm. { $run } està desactualitzada: des que es va preparar, els reemborsaments han reduït el que es deu, i pagaria més del que es deu ara ({ $lines }). No es pot aprovar, exportar ni pagar; torneu-la a preparar per pagar el que es deu avui.
payouts-stale-line = línia núm. { $line } ({ $coop }) per { $over }
payouts-error-sepa-empty = no hi ha res a transferir
payouts-error-sepa-euro = les transferències SEPA són en EUR, no en { $currency }
payouts-error-sepa-positive = cada transferència SEPA ha de ser positiva, i { $amount } no ho és
