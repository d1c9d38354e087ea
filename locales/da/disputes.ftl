# Tvister: udvalgets kø og redegørelserne for en ordre under tvist.
disputes-title = Åbne tvister
disputes-none = Ingen ordrer er under tvist.
disputes-older = Ældre tvister
dispute-order = Ordre nr. { $id }
dispute-title = Tvist om ordre nr. { $id }
dispute-bought = { $buyer } købte hos { $seller }: { $amount }.
dispute-open-for = Åben i { $age }.
dispute-age-hours = { $hours ->
        [0] under en time
        [one] { $hours } time
       *[other] { $hours } timer
    }
dispute-age-days = { $days ->
        [one] { $days } dag
       *[other] { $days } dage
    }
dispute-resolve-link = Åbn ordren for at afgøre den
dispute-order-is = Ordrens status:
dispute-the-order = Ordren
dispute-statements = Redegørelser
dispute-no-statement = Ingen redegørelser endnu.
dispute-statement-by = { $side ->
        [buyer] Køberen
       *[seller] Sælgeren
    }, { $coop }, den { $when }:
dispute-add-title = Tilføj din redegørelse
dispute-field-statement = Hvad skete der, til udvalget
dispute-field-hint = Op til 4.000 tegn. Begge parter og udvalget læser den.
dispute-add = Tilføj redegørelse
flash-statement-added = Din redegørelse er tilføjet.

# Refusals the store returns as codes.
dispute-statement-parties = kun køberen og sælgeren skriver redegørelser i en tvist
dispute-not-open = ordre nr. { $id } er ikke under tvist (den er { status-order })
disputes-error-statement-control = redegørelsen må ikke indeholde kontroltegn (usynlige koder)
