from .cli import run
from .cli_exit import end

end(run())
