# La página del carrito, el formulario «Añadir al carrito» de una oferta y el pedido.
cart-title = Carrito
cart-buying-for = Compra para
cart-empty = Tu carrito está vacío.
cart-browse = Ver el catálogo
cart-item = Artículo
cart-unit-price = Precio unitario
cart-quantity = Cantidad
# Un precio unitario: «12,50 EUR / kg».
cart-per-unit = { $price } / { $unit }
cart-total = Total
cart-subtotal = Subtotal
cart-update = Actualizar
cart-remove = Quitar
cart-check-out = Hacer el pedido
cart-one-order-per-seller = Cada vendedor recibe su propio pedido.
cart-delivery-address = Dirección de entrega
cart-note = Nota para los vendedores
cart-place-orders = Hacer los pedidos
cart-terms-changed = Los precios han cambiado desde que los añadiste
cart-terms-changed-explained = Las líneas marcadas arriba han cambiado. No se pide nada en condiciones que no hayas visto: acepta las nuevas condiciones para hacer el pedido o cambia tu carrito.
cart-accept-terms = Aceptar las nuevas condiciones
# El formulario «Añadir al carrito» en la página de una oferta.
cart-quantity-in = Cantidad ({ $unit })
cart-add = Añadir al carrito
# Mensajes tras una acción.
cart-added = Añadido a tu carrito.
cart-updated = Carrito actualizado.
cart-removed = Quitado de tu carrito.
cart-terms-accepted = Nuevas condiciones aceptadas. Revisa el carrito y haz los pedidos.
cart-placed = { $count ->
        [one] 1 pedido realizado: { $ids }.
       *[other] { $count } pedidos realizados: { $ids }.
    }
# Lo que ha cambiado en una línea desde que entró en el carrito.
cart-change-price = Cambio: el precio era { $was }, ahora es { $now }.
cart-change-minimum = Cambio: el pedido mínimo era { $was }, ahora es { $now }.
cart-change-not-for-sale = Cambio: ya no está a la venta.
cart-change-short = Cambio: solo quedan { $left }.
# Errores junto a una cantidad.
cart-quantity-negative = Escribe una cantidad de 0 o más.
cart-quantity-decimals = Usa como máximo 3 decimales.
cart-quantity-too-large = Escribe como máximo { $max }.
cart-quantity-zero = Escribe una cantidad mayor que 0.
cart-quantity-minimum = Pide al menos { $min }.
cart-quantity-stock = Solo hay { $stock } en existencias.
cart-not-for-sale = «{ $title }» no está a la venta en este momento.
cart-own-listing = Es una oferta de tu propia cooperativa.
# Encima del carrito cuando el pedido no se pudo hacer tal cual.
cart-cannot-place = No se ha pedido nada: las líneas marcadas abajo han cambiado. Cambia el carrito, o acepta las nuevas condiciones, y vuelve a hacer los pedidos.
# An error page: the co-op chosen is not one the viewer buys for.
cart-not-your-coop = No compras para esta cooperativa.
cart-no-buying-coop = Ninguna de tus cooperativas es un comprador admitido.
cart-added-by = Añadido por
cart-changed-by = cambiado por { $name }
cart-line-gone = esa línea acaba de ser eliminada o pedida por otro miembro: no se ha cambiado nada
cart-error-stale = el carrito de su cooperativa ha cambiado desde que esta página lo mostró; no se ha hecho ningún pedido: revise el carrito de abajo y haga los pedidos de nuevo
cart-error-stale-by = el carrito de su cooperativa ha cambiado desde que esta página lo mostró (último cambio de { $name }); no se ha hecho ningún pedido: revise el carrito de abajo y haga los pedidos de nuevo
cart-error-taken = el carrito de su cooperativa cambió mientras hacía el pedido: revíselo y haga los pedidos de nuevo
