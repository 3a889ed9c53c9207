"""cobby Desktop: connect a Magento shop to cobby and keep its credentials safe."""

__version__ = "0.1.0"
APP_NAME = "cobby Desktop"
APP_ID = "io.cobby.desktop"
