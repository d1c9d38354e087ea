# Litiges : la file du comité et les déclarations d’une commande en litige.
disputes-title = Litiges ouverts
disputes-none = Aucune commande n’est en litige.
disputes-older = Litiges plus anciens
dispute-order = Commande n° { $id }
dispute-title = Litige sur la commande n° { $id }
dispute-bought = { $buyer } a acheté à { $seller } : { $amount }.
dispute-open-for = Ouvert depuis { $age }.
dispute-age-hours = { $hours ->
        [0] moins d’une heure
        [one] { $hours } heure
       *[other] { $hours } heures
    }
dispute-age-days = { $days ->
        [one] { $days } jour
       *[other] { $days } jours
    }
dispute-resolve-link = Ouvrir la commande pour trancher
dispute-order-is = État de la commande :
dispute-the-order = La commande
dispute-statements = Déclarations
dispute-no-statement = Aucune déclaration pour l’instant.
dispute-statement-by = { $side ->
        [buyer] L’acheteur
       *[seller] Le vendeur
    }, { $coop }, le { $when } :
dispute-add-title = Ajouter votre déclaration
dispute-field-statement = Ce qui s’est passé, pour le comité
dispute-field-hint = Jusqu’à 4 000 caractères. Les deux parties et le comité la lisent.
dispute-add = Ajouter la déclaration
flash-statement-added = Votre déclaration a été ajoutée.

# Refusals the store returns as codes.
dispute-statement-parties = seuls l’acheteur et le vendeur rédigent des déclarations dans un litige
dispute-not-open = la commande n° { $id } n’est pas en litige (elle est { status-order })
disputes-error-statement-control = la déclaration ne doit pas contenir de caractères de contrôle (codes invisibles)
